"""Widgets, item models, dialogs and printing. Calls the core; never writes SQL."""
