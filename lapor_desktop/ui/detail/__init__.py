"""A complaint in full (``DetailPanel``), split by job: the history cards (``timeline``), the
action buttons (``actions``, laid out by ``ui/flow_layout``), the attachments tab
(``attachments``), the conflicts (``conflicts``) and the panel with its fields (``panel``)."""

from ..flow_layout import FlowLayout
from .actions import ACTION_ORDER, ActionBar
from .panel import DetailPanel
from .timeline import TimelineModel, TimelineView, describe_event, format_value

__all__ = ["ACTION_ORDER", "ActionBar", "DetailPanel", "FlowLayout", "TimelineModel", "TimelineView",
           "describe_event", "format_value"]
