"""LAPOR! Desk: offline-first complaint desk for SP4N-LAPOR! regional offices."""

__version__ = "0.1.0"
