"""NetDesk: run your job-search networking as a systematic campaign."""

__version__ = "0.1.0"

APP_NAME = "NetDesk"
APP_ID = "io.github.netdesk.NetDesk"
"""One reverse-DNS id for the .desktop file, icon, StartupWMClass, AppStream and Qt."""
