"""Export: stored events as JSON Lines, ACLED-compatible CSV, or GeoJSON."""

from hito.export.acled import ACLED_COLUMNS, acled_row, classify
from hito.export.csv_table import CSV_COLUMNS, HITO_COLUMNS, write_csv
from hito.export.formats import EXPORT_FORMATS, MEDIA_TYPES, write_events
from hito.export.geojson_fc import write_geojson
from hito.export.jsonl import write_jsonl

__all__ = [
    "ACLED_COLUMNS",
    "CSV_COLUMNS",
    "EXPORT_FORMATS",
    "HITO_COLUMNS",
    "MEDIA_TYPES",
    "acled_row",
    "classify",
    "write_csv",
    "write_events",
    "write_geojson",
    "write_jsonl",
]
