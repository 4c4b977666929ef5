"""Imported by the local engine's fork server: loads the models once, before any worker.

Workers forked from that server start warm and share the gazetteer and lexicons pages
copy-on-write, instead of each spending seconds and hundreds of MB loading its own copy."""

from hito.engines.shards import warm_up

warm_up()
