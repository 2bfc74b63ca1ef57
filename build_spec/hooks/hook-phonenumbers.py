# Replaces pyinstaller-hooks-contrib's hook, which collects every phonenumbers submodule.
# NetDesk only parses and formats numbers: it needs the metadata modules (loaded lazily by
# region), not the geocoder, carrier or time-zone data (40 MB of Python modules).
from PyInstaller.utils.hooks import collect_submodules

_UNUSED = (
    "phonenumbers.geocoder",
    "phonenumbers.geodata",
    "phonenumbers.carrier",
    "phonenumbers.carrierdata",
    "phonenumbers.timezone",
    "phonenumbers.tzdata",
)

hiddenimports = collect_submodules("phonenumbers", filter=lambda name: not name.startswith(_UNUSED))
