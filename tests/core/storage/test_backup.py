"""Rolling backups and restoring them (the lock: test_lock.py)."""

from __future__ import annotations

import datetime as dt

from gala_manager.core.gala.facts import get_gala_facts, set_gala_facts
from gala_manager.core.storage.backup import KEEP_BACKUPS, list_backups, take_rolling_backup
from gala_manager.core.storage.document import GalaDocument


def test_open_takes_a_backup_and_ten_minutes_of_editing_another(demo_doc, tmp_path):
    data = tmp_path / "data"
    assert len(list_backups(data, demo_doc.path)) == 1
    assert demo_doc.backup_if_due() is None  # nothing edited
    facts = demo_doc.read(get_gala_facts)
    demo_doc.run(set_gala_facts, facts=facts.replace(venue="礼堂"))
    soon = dt.datetime.now() + dt.timedelta(minutes=5)
    assert demo_doc.backup_if_due(soon) is None
    later = dt.datetime.now() + dt.timedelta(minutes=11)
    assert demo_doc.backup_if_due(later) is not None


def test_rolling_backups_keep_the_newest_twenty(demo_path, tmp_path):
    data = tmp_path / "data"
    start = dt.datetime(2026, 4, 1, 8, 0, 0)
    for i in range(KEEP_BACKUPS + 5):
        take_rolling_backup(data, demo_path, start + dt.timedelta(minutes=10 * i))
    backups = list_backups(data, demo_path)
    assert len(backups) == KEEP_BACKUPS
    assert backups[0].taken == start + dt.timedelta(minutes=10 * (KEEP_BACKUPS + 4))
    assert backups[-1].taken == start + dt.timedelta(minutes=50)


def test_restore_a_backup_as_a_copy(demo_doc, tmp_path):
    data = tmp_path / "data"
    original = demo_doc.read(get_gala_facts)
    demo_doc.run(set_gala_facts, facts=original.replace(venue="被误改的地点"))
    backup = list_backups(data, demo_doc.path)[0]
    from gala_manager.core.storage.backup import copy_database

    restored = tmp_path / "restored.gala"
    copy_database(backup.path, restored)
    with GalaDocument.open(restored) as doc:
        assert doc.read(get_gala_facts).venue == original.venue
    assert demo_doc.read(get_gala_facts).venue == "被误改的地点"
