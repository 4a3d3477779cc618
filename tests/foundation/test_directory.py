from __future__ import annotations

import pytest

from huiwu.db import Database
from huiwu.errors import ConflictError, RuleError, ValidationError
from huiwu.pinyin import name_pinyin
from huiwu.services import audit
from huiwu.services import directory as svc


@pytest.mark.parametrize(
    ("name", "initials", "full"),
    [
        ("张三", "zs", "zhangsan"),
        ("单雄信", "sxx", "shanxiongxin"),
        ("曾国藩", "zgf", "zengguofan"),
        ("解缙", "xj", "xiejin"),
        ("欧阳修", "oyx", "ouyangxiu"),
        ("仇英", "qy", "qiuying"),
        ("朴树", "ps", "piaoshu"),
        ("查良镛", "zly", "zhaliangyong"),
        ("区伟", "ow", "ouwei"),
        ("任重", "rz", "renzhong"),
    ],
)
def test_pinyin_of_names_uses_surname_readings(name: str, initials: str, full: str) -> None:
    spelled = name_pinyin(name)
    assert (spelled.initials, spelled.full) == (initials, full)


def _office(database: Database) -> tuple[int, int]:
    with database.uow() as uow:
        finance = svc.save_unit(uow, svc.UnitEdit("县财政局", sort_order=2))
    with database.uow() as uow:
        town = svc.save_unit(uow, svc.UnitEdit("城关镇", kind="township", sort_order=3))
    return finance, town


def test_people_search_by_name_initials_and_full_pinyin(database: Database) -> None:
    finance, town = _office(database)
    for name, unit, order in (("张三", finance, 2), ("李四", finance, 1), ("单雄信", town, 1), ("张珊", town, 2)):
        with database.uow() as uow:
            svc.save_person(uow, svc.PersonEdit(name, unit, title="科员", sort_order=order))
    with database.uow() as uow:
        assert [p.name for p in svc.find_people(uow, "zs")] == ["张三", "张珊"]
        assert [p.name for p in svc.find_people(uow, "zhangsan")] == ["张三"]
        assert [p.name for p in svc.find_people(uow, "shan")] == ["单雄信", "张珊"]
        assert [p.name for p in svc.find_people(uow, "单")] == ["单雄信"]
        assert svc.find_people(uow, "qq") == []
        # 排序号 order: unit first, then the person's number
        assert [p.name for p in svc.list_people(uow)] == ["李四", "张三", "单雄信", "张珊"]


def test_person_validation_messages(database: Database) -> None:
    finance, _ = _office(database)
    with database.uow() as uow:
        svc.save_person(uow, svc.PersonEdit("王五", finance))
    with database.uow() as uow, pytest.raises(ValidationError, match="已有名叫“王五”"):
        svc.save_person(uow, svc.PersonEdit("王五", finance))
    with database.uow() as uow, pytest.raises(ValidationError, match="姓名不能为空"):
        svc.save_person(uow, svc.PersonEdit("  ", finance))
    with database.uow() as uow, pytest.raises(ValidationError, match="选择所在单位"):
        svc.save_person(uow, svc.PersonEdit("李六", 9999))


def test_stale_edit_is_refused_and_nothing_is_lost(database: Database) -> None:
    finance, _ = _office(database)
    with database.uow() as uow:
        pid = svc.save_person(uow, svc.PersonEdit("王五", finance, title="科员"))
    with database.uow() as uow:
        opened = svc.get_person(uow, pid)  # two clerks open the same person
    with database.uow() as uow:
        svc.save_person(uow, svc.PersonEdit("王五", finance, title="副局长"), pid, opened.version)
    with database.uow() as uow, pytest.raises(ConflictError, match="已被其他人修改"):
        svc.save_person(uow, svc.PersonEdit("王五", finance, title="局长"), pid, opened.version)
    with database.uow() as uow:
        assert svc.get_person(uow, pid).title == "副局长"


def test_unit_with_people_cannot_be_deleted(database: Database) -> None:
    finance, town = _office(database)
    with database.uow() as uow:
        svc.save_person(uow, svc.PersonEdit("王五", finance))
    with database.uow() as uow, pytest.raises(RuleError, match="还有人员"):
        svc.delete_unit(uow, finance)
    with database.uow() as uow:
        svc.delete_unit(uow, town)
        assert [u.name for u in svc.list_units(uow)] == ["县财政局"]


def test_groups_and_venues(database: Database) -> None:
    _, town = _office(database)
    ids = []
    for name in ("甲", "乙", "丙"):
        with database.uow() as uow:
            ids.append(svc.save_person(uow, svc.PersonEdit(f"王{name}", town)))
    with database.uow() as uow:
        gid = svc.save_group(uow, svc.GroupEdit("各乡镇乡镇长", member_ids=(ids[2], ids[0], ids[2])))
    with database.uow() as uow:
        (group,) = svc.list_groups(uow)
        assert group.member_ids == (ids[2], ids[0])  # order kept, duplicates dropped
        svc.save_group(uow, svc.GroupEdit("各乡镇乡镇长", member_ids=(ids[1],)), gid, group.version)
    with database.uow() as uow:
        assert svc.list_groups(uow)[0].member_ids == (ids[1],)
        vid = svc.save_venue(uow, svc.VenueEdit("县政府第一会议室", capacity=80, has_video=True))
    with database.uow() as uow, pytest.raises(ValidationError, match="已有名为"):
        svc.save_venue(uow, svc.VenueEdit("县政府第一会议室"))
    with database.uow() as uow:
        assert svc.list_venues(uow)[0].id == vid
        entries = audit.recent(uow)
        assert {e.entity for e in entries} >= {"unit", "person", "group", "venue"}
        assert all(e.actor == "测试员" for e in entries)
