"""What NetDesk knows how to do without a screen. Nothing here imports Qt or the UI."""
