"""Who the office is (issue 12 item 5, issue 17 item 5): the settings that sign every paper and name the clerk."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from huiwu.demo import DEMO_IDENTITY, adopt_demo_identity
from huiwu.settings import PLACEHOLDER_OFFICE, Identity, Settings, load_settings, save_settings
from huiwu.text import split_contact


def test_identity_fields_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    s = Settings(operator="李秘书", office_name="清河县人民政府办公室", issuer="中共清河县委办公室",
                 default_contact="李秘书 0310-1234567")
    save_settings(s, path)
    raw = json.loads(path.read_text(encoding="utf-8"))
    assert raw["issuer"] == "中共清河县委办公室" and raw["default_contact"] == "李秘书 0310-1234567"
    loaded = load_settings(path)
    assert loaded.identity() == Identity("李秘书", "清河县人民政府办公室", "中共清河县委办公室", "李秘书 0310-1234567")
    assert not loaded.needs_identity()


def test_an_old_settings_file_without_the_new_keys_still_loads(tmp_path: Path) -> None:
    """A settings.json written before the identity fields existed: it loads, and the first run still asks."""
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"database_url": "", "office_name": "××县人民政府办公室", "timezone": "Asia/Shanghai",
                                "operator": "", "early_minutes": 5}, ensure_ascii=False), encoding="utf-8")
    loaded = load_settings(path)
    assert loaded.early_minutes == 5 and loaded.issuer == "" and loaded.default_contact == ""
    assert loaded.needs_identity()
    path.write_text(json.dumps({"office_name": "清河县人民政府办公室", "operator": "王五", "issuer": 3}), encoding="utf-8")
    loaded = load_settings(path)
    assert loaded.issuer == "" and loaded.issuer_line() == "清河县人民政府办公室"  # a bad value falls back
    assert not loaded.needs_identity()


@pytest.mark.parametrize(("operator", "office", "asks"), [
    ("", PLACEHOLDER_OFFICE, True), ("李秘书", PLACEHOLDER_OFFICE, True), ("", "清河县人民政府办公室", True),
    ("  ", "清河县人民政府办公室", True), ("李秘书", "  ", True), ("李秘书", "清河县人民政府办公室", False),
])
def test_first_run_asks_until_both_the_clerk_and_the_office_are_named(operator: str, office: str, asks: bool) -> None:
    assert Settings(operator=operator, office_name=office).needs_identity() is asks


def test_issuer_line_is_the_issuer_else_the_office_name() -> None:
    assert Settings().issuer_line() == PLACEHOLDER_OFFICE
    assert Settings(office_name="清河县人民政府办公室").issuer_line() == "清河县人民政府办公室"
    assert Settings(office_name="清河县人民政府办公室", issuer="  ").issuer_line() == "清河县人民政府办公室"
    assert Settings(office_name="清河县人民政府办公室", issuer="中共清河县委办公室").issuer_line() == "中共清河县委办公室"


def test_contact_line_is_the_documents_own_else_the_office_default() -> None:
    s = Settings(default_contact=" 张三 0316-1234567 ")
    assert s.contact_line("") == "张三 0316-1234567"
    assert s.contact_line("县应急管理局 李四 0310-7654321") == "县应急管理局 李四 0310-7654321"
    assert Settings().contact_line("") == ""


def test_with_identity_cleans_and_keeps_everything_else() -> None:
    s = Settings(early_minutes=7, database_url="postgresql://x@h/db")
    new = s.with_identity(Identity(" 李秘书 ", " 清河县人民政府办公室", "清河县人民政府办公室", " 李秘书 123456 "))
    assert (new.operator, new.office_name, new.issuer, new.default_contact) == (
        "李秘书", "清河县人民政府办公室", "", "李秘书 123456")  # a 落款 equal to the office name is no 落款 of its own
    assert new.early_minutes == 7 and new.database_url == "postgresql://x@h/db" and s.operator == ""


@pytest.mark.parametrize(("identity", "expected"), [
    (Identity("", ""), {"operator": "请填写您的姓名：它写入每条修改记录。",
                        "office_name": "请填写单位名称：它是通知、明白纸和周安排的落款。"}),
    (Identity("李秘书", PLACEHOLDER_OFFICE), {"office_name": "“××县人民政府办公室”是示例，请填写本单位的名称，如“清河县人民政府办公室”。"}),
    (Identity("李" * 21, "清河县人民政府办公室"), {"operator": "姓名最多 20 个字，现在有 21 个字。"}),
    (Identity("李\t秘书", "清河县人民政府办公室"), {"operator": "姓名的第 2 个字符是换行或控制字符，请删除后再保存。"}),
    (Identity("李秘书", "清河县人民政府办公室", "中共清河县委办公室。"),
     {"issuer": "落款是通知末尾的署名，不能以“。”结尾。"}),
    (Identity("李秘书", "县" * 41), {"office_name": "单位名称最多 40 个字，现在有 41 个字。"}),
    (Identity("李秘书", "清河县人民政府办公室", "", "张三 0316-1234567" * 5),
     {"default_contact": "联系人及电话最多 60 个字，现在有 75 个字。"}),
    (Identity("李秘书", "清河县人民政府办公室", "", "张三\n0316"),
     {"default_contact": "联系人及电话的第 3 个字符是换行或控制字符，请删除后再保存。"}),
    (Identity(" 李秘书 ", "清河县人民政府办公室", "中共清河县委办公室", "张三 0316-1234567"), {}),
])
def test_identity_problems_are_sentences_per_field(identity: Identity, expected: dict[str, str]) -> None:
    assert identity.problems() == expected


@pytest.mark.parametrize(("text", "parts"), [
    ("张三 0316-1234567", ("张三", "0316-1234567")),
    ("秘书科 王晓燕 0310-1234567", ("秘书科 王晓燕", "0310-1234567")),
    ("李四 13800001234", ("李四", "13800001234")),
    ("赵六 （0316）1234567转8001", ("赵六", "（0316）1234567转8001")),
    ("张三", ("张三", "")),
    ("王五 分机8001", ("王五 分机8001", "")),
    ("", ("", "")),
])
def test_split_contact(text: str, parts: tuple[str, str]) -> None:
    assert split_contact(text) == parts


def test_demo_office_names_itself_only_when_the_settings_name_none() -> None:
    s = Settings(operator="")
    assert adopt_demo_identity(s)
    assert s.office_name == "清河县人民政府办公室" == DEMO_IDENTITY.office_name and s.default_contact
    assert s.operator == ""  # the clerk's own name is never invented: the first run still asks for it
    assert s.needs_identity()
    own = Settings(office_name="河口镇人民政府党政综合办公室", default_contact="")
    assert not adopt_demo_identity(own)
    assert own.office_name == "河口镇人民政府党政综合办公室" and own.default_contact == ""
