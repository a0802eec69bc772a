"""A complaint in full (``DetailPanel``), split by job: the history cards (``timeline``), the
action buttons (``actions``) and the panel with its fields, attachments and conflicts (``panel``)."""

from .actions import ACTION_ORDER, ActionBar, FlowLayout
from .panel import DetailPanel
from .timeline import TimelineModel, TimelineView, describe_event, format_value

__all__ = ["ACTION_ORDER", "ActionBar", "DetailPanel", "FlowLayout", "TimelineModel", "TimelineView",
           "describe_event", "format_value"]
