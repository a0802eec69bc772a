"""The benchmarks use the demo's invented Indonesian complaint text."""

from lapor_desktop.services.demo_corpus import complaint  # noqa: F401
