"""Demo data: a deterministic, realistic county-government office, so every page has something to show.

The same seed gives the same office every time; only the meeting dates follow today's date (8 weeks
around the current week), so the 工作台 and 周安排 are never empty.
"""

from __future__ import annotations

import datetime as dt
import random
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from huiwu.db import UnitOfWork
from huiwu.models import (
    Confidentiality,
    Group,
    GroupMember,
    LeaveRequest,
    Meeting,
    MeetingKind,
    MeetingStatus,
    ParticipantRole,
    Person,
    Unit,
    UnitKind,
    Venue,
)
from huiwu.pinyin import name_pinyin
from huiwu.settings import PLACEHOLDER_OFFICE, Identity, Settings

SEED = 20261123
COUNTY = "清河县"
# Who the demo office is: the 落款 of its papers and the contact of meetings that name none.
DEMO_IDENTITY = Identity(operator="", office_name=f"{COUNTY}人民政府办公室", default_contact="秘书科 王晓燕 0310-1234567")

TOWNSHIPS = (
    "城关镇", "河口镇", "柳林镇", "石桥镇", "杨庄镇", "东坝镇", "西岭乡", "南湖乡", "北山乡",
    "白沙乡", "青龙乡", "马坊乡", "黄土岗乡", "双井乡", "桃源乡",
)
DEPARTMENTS = (
    "县政府办公室", "县发展和改革局", "县教育局", "县科学技术局", "县工业和信息化局", "县公安局",
    "县民政局", "县司法局", "县财政局", "县人力资源和社会保障局", "县自然资源局", "县生态环境分局",
    "县住房和城乡建设局", "县交通运输局", "县水利局", "县农业农村局", "县商务局", "县文化和旅游局",
    "县卫生健康委员会", "县退役军人事务局", "县应急管理局", "县审计局", "县市场监督管理局",
    "县统计局", "县医疗保障局",
)
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤单解"
)
GIVEN = (
    "建国 卫东 志强 海燕 丽华 国庆 红梅 志刚 秀英 明 伟 静 敏 磊 军 洋 勇 艳 杰 娟 涛 超 霞 平 刚 桂英 建华"
    " 文博 晓东 春生 玉兰 德明 振华 晓燕 永红 新民 学军 树林 凤英 立新 宏伟 慧 鑫 宇 浩然 子涵 思远 雨萱"
    " 长江 国华 金凤 利民 家豪 俊杰 婷婷 雪梅 世杰 光明 保国 秋菊"
).split()

LEADERS = (  # (title, supervises) — the 县领导 in 主席台 order (排序号)
    ("县委副书记、县长", None),
    ("常务副县长", "县财政局 县发展和改革局 县审计局 县统计局"),
    ("副县长", "县公安局 县司法局"),
    ("副县长", "县教育局 县卫生健康委员会 县医疗保障局 县文化和旅游局"),
    ("副县长", "县农业农村局 县水利局 县自然资源局"),
    ("副县长", "县住房和城乡建设局 县交通运输局 县生态环境分局"),
    ("副县长", "县工业和信息化局 县商务局 县市场监督管理局 县科学技术局"),
    ("副县长", "县民政局 县人力资源和社会保障局 县退役军人事务局 县应急管理局"),
)
VENUES = (
    ("县政府第一会议室", "行政中心 3 楼", 80, True),
    ("县政府第二会议室", "行政中心 3 楼", 40, False),
    ("县政府常务会议室", "行政中心 5 楼", 36, True),
    ("县行政中心大会堂", "行政中心 1 楼", 400, True),
    ("县应急指挥中心视频会议室", "应急管理局 2 楼", 60, True),
    ("县委党校报告厅", "县委党校", 200, False),
)


@dataclass(frozen=True)
class DemoSummary:
    units: int
    people: int
    groups: int
    venues: int
    meetings: int
    leave_requests: int
    identity_adopted: bool = False  # the settings took the demo office's identity (save them to keep it)


def adopt_demo_identity(settings: Settings) -> bool:
    """Give settings that name no office the demo office's name and contact; a named office keeps its own.

    The clerk's own name is never invented: the first-run dialog still asks for it.
    """
    if settings.office_name.strip() not in ("", PLACEHOLDER_OFFICE):
        return False
    settings.office_name = DEMO_IDENTITY.office_name
    settings.default_contact = settings.default_contact or DEMO_IDENTITY.default_contact
    settings.office_from_demo = True  # the first-run dialog still asks for the real office's name
    return True


def is_empty(uow: UnitOfWork) -> bool:
    return not uow.session.scalar(select(func.count(Unit.id)))


def create_demo(uow: UnitOfWork, today: dt.date | None = None) -> DemoSummary:
    """Fill an empty database; refuses to touch one that already has units."""
    if not is_empty(uow):
        raise ValueError("数据库中已有数据；演示数据只能写入空数据库。")
    adopted = adopt_demo_identity(uow.settings)
    tz = uow.settings.tz()
    rng = random.Random(SEED)
    today = today or uow.today()
    builder = _Builder(uow, rng, tz)
    builder.directory()
    uow.commit()
    builder.meetings(today)
    builder.handouts(today)
    builder.leader_calendar(today)
    builder.requests(today)
    builder.plan(today)
    builder.replies(today)
    from huiwu.demo_returns import add_demo_returns

    add_demo_returns(uow, today)
    from huiwu.demo_archive import add_demo_archive
    from huiwu.demo_minutes import add_demo_minutes
    from huiwu.demo_secret import add_demo_secret

    add_demo_minutes(uow)  # the paper trail of the meetings held: 纪要, the 涉密 register, one meeting filed
    add_demo_secret(uow)
    add_demo_archive(uow)
    s = uow.session
    return DemoSummary(
        units=s.scalar(select(func.count(Unit.id))) or 0,
        people=s.scalar(select(func.count(Person.id))) or 0,
        groups=s.scalar(select(func.count(Group.id))) or 0,
        venues=s.scalar(select(func.count(Venue.id))) or 0,
        meetings=s.scalar(select(func.count(Meeting.id))) or 0,
        leave_requests=s.scalar(select(func.count(LeaveRequest.id))) or 0,
        identity_adopted=adopted,
    )


class _Builder:
    def __init__(self, uow: UnitOfWork, rng: random.Random, tz: dt.tzinfo) -> None:
        self.uow = uow
        self.s = uow.session
        self.rng = rng
        self.tz = tz
        self.used_names: set[str] = set()
        self.units: dict[str, Unit] = {}
        self.leaders: list[Person] = []
        self.heads: dict[str, Person] = {}  # unit name -> 主要负责人
        self.deputies: dict[str, list[Person]] = {}
        self.groups: dict[str, list[Person]] = {}
        self.venues: list[Venue] = []

    # -------------------------------------------------------- directory
    def name(self) -> str:
        while True:
            candidate = self.rng.choice(SURNAMES) + self.rng.choice(GIVEN)
            if candidate not in self.used_names:
                self.used_names.add(candidate)
                return candidate

    def person(self, unit: Unit, title: str, order: int, leader: bool = False) -> Person:
        name = self.name()
        spelled = name_pinyin(name)
        phone = f"13{self.rng.randint(0, 9)}{self.rng.randint(10000000, 99999999)}"
        p = Person(
            name=name, unit=unit, title=title, sort_order=order, phone=phone, is_leader=leader,
            pinyin_initials=spelled.initials, pinyin_full=spelled.full,
        )
        self.s.add(p)
        return p

    def directory(self) -> None:
        order = 1
        lead = Unit(name="县政府领导", short_name="县领导", kind=UnitKind.LEADERSHIP, sort_order=order)
        self.s.add(lead)
        for i, (title, _) in enumerate(LEADERS, start=1):
            self.leaders.append(self.person(lead, title, i, leader=True))
        for name in DEPARTMENTS:
            order += 1
            self.units[name] = Unit(name=name, short_name=name.removeprefix("县"), kind=UnitKind.DEPARTMENT, sort_order=order)
        for name in TOWNSHIPS:
            order += 1
            self.units[name] = Unit(name=name, short_name=name, kind=UnitKind.TOWNSHIP, sort_order=order)
        for name, kind in (("市人民政府办公室", UnitKind.SUPERIOR), ("县人大常委会办公室", UnitKind.OTHER),
                           ("县政协办公室", UnitKind.OTHER)):
            order += 1
            self.units[name] = Unit(name=name, short_name=name, kind=kind, sort_order=order)
        self.s.add_all(self.units.values())
        self.s.flush()
        for leader in self.leaders[1:]:
            leader.supervisor = self.leaders[0]
        for name, unit in self.units.items():
            self.staff_unit(name, unit)
        for i, (_, supervises) in enumerate(LEADERS):
            for dept in (supervises or "").split():
                for p in [self.heads[dept], *self.deputies[dept]]:
                    p.supervisor = self.leaders[i]
        self.s.flush()
        self.make_groups()
        for name, location, capacity, video in VENUES:
            venue = Venue(name=name, location=location, capacity=capacity, has_video=video)
            self.venues.append(venue)
            self.s.add(venue)
        self.s.flush()

    def staff_unit(self, name: str, unit: Unit) -> None:
        if unit.kind == UnitKind.TOWNSHIP:
            deputy = "副镇长" if name.endswith("镇") else "副乡长"
            head_title = "乡长" if name.endswith("乡") else "镇长"
            deputy_titles: tuple[str, ...] = ("党委副书记", deputy, deputy, "人大主席", "武装部部长", "党政办主任")
            self.heads[name] = self.person(unit, "党委副书记、" + head_title, 1, leader=True)
        elif unit.kind == UnitKind.DEPARTMENT:
            head = "主任" if name.endswith(("办公室", "委员会")) else "局长"
            deputy = "副主任" if head == "主任" else "副局长"
            self.heads[name] = self.person(unit, "党组书记、" + head, 1, leader=True)
            deputy_titles = (deputy, deputy, deputy, "办公室主任", "办公室副主任", "办公室科员")
        else:
            self.heads[name] = self.person(unit, "主任", 1, leader=True)
            deputy_titles = ("副主任", "科员")
        self.deputies[name] = [self.person(unit, t, i) for i, t in enumerate(deputy_titles, start=2)]
        if name == "县政府办公室":
            for i, t in enumerate(("秘书科科长", "秘书科科员", "秘书科科员", "综合科科长", "督查室主任"), start=10):
                self.deputies[name].append(self.person(unit, t, i))

    def make_groups(self) -> None:
        townships = [self.heads[t] for t in TOWNSHIPS]
        departments = [self.heads[d] for d in DEPARTMENTS]
        self.groups = {
            "县政府领导班子": self.leaders,
            "各乡镇乡镇长": townships,
            "县直各单位主要负责人": departments,
            "各乡镇党政办主任": [self.deputies[t][-1] for t in TOWNSHIPS],
            "县应急管理相关单位": [self.heads[d] for d in ("县应急管理局", "县公安局", "县水利局", "县自然资源局", "县卫生健康委员会", "县交通运输局")],
            "县政府办会务组": self.deputies["县政府办公室"][-5:],
        }
        for i, (name, people) in enumerate(self.groups.items()):
            group = Group(name=name, sort_order=i, description=f"{len(people)} 人")
            group.members = [GroupMember(person=p, position=j) for j, p in enumerate(people)]
            self.s.add(group)

    # -------------------------------------------------------- meetings
    # Every meeting is planned, notified, attended, excused and closed through the same services a clerk uses,
    # each at the moment it would have happened (the unit of work's clock is set to that moment), so the demo
    # can never show a state the office's rules do not produce.
    def at(self, day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
        return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=self.tz)

    def moment(self, when: dt.datetime) -> AbstractContextManager[None]:
        return self.uow.clock_at(when)

    def meetings(self, today: dt.date) -> None:
        self.today = today
        monday = today - dt.timedelta(days=today.weekday())
        start_week = monday - dt.timedelta(weeks=4)
        for week in range(8):
            week_monday = start_week + dt.timedelta(weeks=week)
            for plan in self.week_plan(week_monday):
                self.meeting(today, *plan)

    def week_plan(self, monday: dt.date) -> list[tuple[str, str, dt.datetime, int, list[Person], Person, int, str]]:
        r = self.rng
        issue = r.choice(("秋冬季森林防火", "重点项目建设", "安全生产", "乡村振兴", "招商引资", "民生实事", "防汛抗旱", "营商环境"))
        owner = r.choice(DEPARTMENTS[1:])  # the department a 专题会议 is about (it reports first)
        topic_people = [self.heads[owner], *r.sample([self.heads[d] for d in DEPARTMENTS if d != owner], 7)]
        plans: list[tuple[str, str, dt.datetime, int, list[Person], Person, int, str]] = [
            (f"县政府第{monday.isocalendar()[1]}次常务会议", MeetingKind.STANDING, self.at(monday + dt.timedelta(days=1), 9), 180,
             list(self.leaders), self.leaders[0], 2, ""),
            (f"全县{issue}工作调度会", MeetingKind.DISPATCH, self.at(monday + dt.timedelta(days=2), 15), 90,
             [*self.groups["各乡镇乡镇长"], *self.leaders[1:3]], self.leaders[r.randint(1, 7)], 0, ""),
            (f"{owner.removeprefix('县')}专题会议", MeetingKind.TOPIC, self.at(monday + dt.timedelta(days=3), 9, 30), 120,
             [*topic_people, self.leaders[r.randint(1, 7)]], self.leaders[r.randint(1, 7)], 1, owner),
        ]
        if monday.isocalendar()[1] % 2 == 0:
            plans.append((f"全县{issue}视频会议", MeetingKind.VIDEO, self.at(monday + dt.timedelta(days=4), 10), 60,
                          self.groups["各乡镇乡镇长"] + self.groups["县直各单位主要负责人"], self.leaders[0], 4, ""))
        if monday.isocalendar()[1] % 3 == 0:
            plans.append(("政务信息报送业务培训", MeetingKind.TRAINING, self.at(monday + dt.timedelta(days=4), 14, 30), 150,
                          self.groups["各乡镇党政办主任"], self.deputies["县政府办公室"][0], 5, ""))
        return plans

    def meeting(self, today: dt.date, title: str, kind: str, start: dt.datetime, minutes: int,
                invitees: list[Person], chair: Person, venue_index: int, owner: str) -> None:
        from huiwu.services import meetings as svc

        end = start + dt.timedelta(minutes=minutes)
        staff = self.deputies["县政府办公室"]
        data = svc.MeetingInput(
            title, kind, start, end, venue_id=self.venues[venue_index].id,
            video_link="县应急指挥中心视频会议系统（市—县—乡三级）" if kind == MeetingKind.VIDEO else "",
            host_unit_id=self.units["县政府办公室"].id, chair_id=chair.id,
            confidentiality=Confidentiality.INTERNAL if kind == MeetingKind.STANDING else Confidentiality.PUBLIC,
            contact_name=staff[4].name, contact_phone="0310-1234567",
        )
        people = list(dict.fromkeys([chair, *invitees]))
        participants = [svc.ParticipantInput(p.id) for p in people]
        participants += [svc.ParticipantInput(p.id, ParticipantRole.STAFF) for p in staff[4:7] if p not in people]
        planned = start - dt.timedelta(days=10)
        with self.moment(planned):
            saved = svc.create_meeting(self.uow, data, self.agenda(kind, start, owner, chair), participants)
            saved = svc.set_status(self.uow, saved.meeting_id, saved.version, MeetingStatus.SCHEDULED)
        notified = start - dt.timedelta(days=3)
        if notified.date() <= today:
            with self.moment(notified):
                saved = svc.set_status(self.uow, saved.meeting_id, saved.version, MeetingStatus.NOTIFIED)
        self.leave(saved.meeting_id, people, chair, start)
        self.tick_checklist(saved.meeting_id, today)
        if start.date() < today:
            self.attend(saved.meeting_id, start, end)
            if kind in (MeetingKind.STANDING, MeetingKind.DISPATCH, MeetingKind.TOPIC):
                self.decisions(saved.meeting_id, today)

    def agenda(self, kind: str, start: dt.datetime, owner: str, chair: Person) -> list[Any]:
        """议题, each presented by the unit whose business it is (列席 by the units it concerns)."""
        from huiwu.services.meetings import AgendaInput

        u = self.units

        def item(title: str, unit: str | None, minutes: int, attending: tuple[str, ...] = (), presenter: str = "",
                 confidential: bool = False) -> AgendaInput:
            head = self.heads[unit].name if unit else presenter
            return AgendaInput(title, u[unit].id if unit else None, head, minutes,
                               tuple(u[a].id for a in attending), confidential)

        if kind == MeetingKind.STANDING:
            return [item(f"研究《{start.year}年县级财政预算调整方案》", "县财政局", 30, ("县审计局",), confidential=True),
                    item("听取全县安全生产工作情况汇报", "县应急管理局", 20, ("县公安局", "县交通运输局")),
                    item("审议《县城区停车管理办法（试行）》", "县公安局", 20, ("县住房和城乡建设局", "县司法局")),
                    item("研究县第一中学新校区建设用地事宜", "县教育局", 30, ("县自然资源局", "县财政局"))]
        if kind == MeetingKind.DISPATCH:
            return [item("各乡镇汇报工作进展", None, 40, presenter="各乡镇"),
                    item("县直有关部门汇报存在问题", None, 20, presenter="县直有关部门"),
                    item("县领导讲话", None, 20, presenter=chair.name)]
        if kind == MeetingKind.TOPIC and owner:
            return [item("听取牵头单位情况汇报", owner, 30), item("研究解决存在的困难和问题", None, 40, presenter="与会单位"),
                    item("部署下一步工作", None, 20, presenter=chair.name)]
        return [item("传达上级会议精神", "县政府办公室", 20), item("部署相关工作", None, 20, presenter=chair.name)]

    def leave(self, meeting_id: int, people: list[Person], chair: Person, start: dt.datetime) -> None:
        """Up to two invitees ask for leave the day before; a 代会 is a junior colleague of their own unit who
        is not invited already, and only when the unit has one."""
        from huiwu.services import leave as svc

        r = self.rng
        invited = set(people)
        asking = r.sample([p for p in people if p is not chair], min(len(people) - 1, r.randint(0, 2)))
        for p in asking:
            juniors = [d for d in self.deputies.get(p.unit.name, []) if d.sort_order > p.sort_order and d not in invited]
            sub = juniors[0] if juniors and r.random() < 0.6 else None
            reason = r.choice(("参加市里会议", "外出招商", "病假", "下乡督导防火工作"))
            channel = r.choice(("书面", "电话", "短信"))
            with self.moment(start - dt.timedelta(days=1)):
                svc.create_leave(self.uow, svc.LeaveInput(p.id, reason, meeting_id=meeting_id, channel=channel,
                                                          substitute=svc.Substitute(sub.id) if sub else None),
                                 approve=True)

    def attend(self, meeting_id: int, start: dt.datetime, end: dt.datetime) -> None:
        """Sign-in as it went: most early, a few late, one in twenty-five absent, now and then one leaves early."""
        from huiwu.rules.attendance import has_signed
        from huiwu.services import attendance
        from huiwu.services import meetings as svc

        r = self.rng
        roster = attendance.load_roster(self.uow, meeting_id)
        for row in roster.rows:
            if not row.counted or has_signed(row.state, row.signed_in_at) or row.state == "leave":
                continue
            roll = r.random()
            if roll < 0.04 and row.state != "substitute":
                continue  # never came: 缺席 when the meeting is closed
            late = roll > 0.92
            when = start + (dt.timedelta(minutes=r.randint(1, 15), seconds=r.randint(0, 59)) if late
                            else -dt.timedelta(minutes=r.randint(1, 25)))
            with self.moment(when):
                attendance.sign_in(self.uow, meeting_id, row.participant_id, at=when)
            if r.random() < 0.02:
                gone = end - dt.timedelta(minutes=r.randint(20, 50))
                if gone > when:
                    with self.moment(gone):
                        attendance.mark_left_early(self.uow, row.participant_id, at=gone)
        with self.moment(end):
            version = svc.meeting_row(self.uow, meeting_id).version
            svc.set_status(self.uow, meeting_id, version, MeetingStatus.FINISHED, now=end)

    def tick_checklist(self, meeting_id: int, today: dt.date) -> None:
        """What was due before 09:00 today is done (ticked by the 秘书科 clerk, when it was due)."""
        from huiwu.services import checklists

        now = self.at(today, 9)
        for row in checklists.checklist(self.uow, meeting_id, now=now):
            if row.due_at is not None and row.due_at < now:
                with self.moment(row.due_at):
                    checklists.set_done(self.uow, row.id, True, now=row.due_at)

    def decisions(self, meeting_id: int, today: dt.date) -> None:
        from huiwu.services import actions
        from huiwu.services import meetings as svc

        r = self.rng
        detail = svc.get_meeting(self.uow, meeting_id)
        for item in detail.agenda[:2]:
            unit = self.units.get(item.presenter_unit_name)
            deadline = detail.starts_at.date() + dt.timedelta(days=r.choice((7, 14, 30)))
            who = unit.name if unit else "各有关单位"
            with self.moment(detail.ends_at + dt.timedelta(days=1)):
                row = actions.create_action(self.uow, meeting_id, actions.ActionInput(
                    f"{item.title}：由{who}牵头抓好落实，按期报送进展情况。", unit.id if unit else None,
                    self.heads[unit.name].id if unit else None, deadline))
            if deadline < today and r.random() < 0.5:
                with self.moment(self.at(deadline - dt.timedelta(days=1), 16)):
                    actions.add_feedback(self.uow, row.id, deadline - dt.timedelta(days=1), "已按要求完成，报送办结报告。",
                                         who)
                    actions.mark_done(self.uow, row.id)
            elif r.random() < 0.5:
                day = min(today, deadline)
                with self.moment(self.at(day, 16) if day < today else self.at(today, 8)):
                    actions.add_feedback(self.uow, row.id, day, "正在推进，已完成前期调研。", who)

    # -------------------------------------------------------- 明白纸 and an imported leader calendar
    def handouts(self, today: dt.date) -> None:
        """Two 明白纸: one for this week's 调度会 and a standalone one (no rng: the meetings are fixed by now)."""
        from huiwu.services.handouts import HandoutEdit, MilestoneEdit, TableEdit, save_handout

        monday = today - dt.timedelta(days=today.weekday())
        dispatch = self.s.scalar(
            select(Meeting).where(Meeting.kind == MeetingKind.DISPATCH, Meeting.starts_at >= self.at(monday, 0))
            .order_by(Meeting.starts_at)
        )
        office = self.deputies["县政府办公室"]
        contact = f"县政府办公室 {office[-4].name} 0310-1234567"
        day = dispatch.starts_at.date() if dispatch is not None else today
        topic = dispatch.title.removeprefix("全县").removesuffix("工作调度会") if dispatch is not None else "重点工作"
        save_handout(self.uow, HandoutEdit(
            title=f"{topic}工作明白纸",
            tasks=f"各乡镇、县直有关部门对照任务清单，逐项抓好{topic}工作落实\n"
                  "建立工作台账，明确分管领导和具体责任人\n每周五前报送进展情况和存在问题",
            standards="任务到人、责任到岗，台账清楚、数据真实\n问题当周发现、当周交办、限期整改\n进展情况按时报送，不迟报、不漏报",
            rewards_penalties="工作成效纳入年度目标考核\n对推进有力、成效明显的单位通报表扬\n"
                              "对行动迟缓、工作不实的单位进行通报批评，并约谈主要负责人",
            contact=contact, copies=20, meeting_id=dispatch.id if dispatch is not None else None,
            milestones=(
                MilestoneEdit(day + dt.timedelta(days=2), "各单位制定实施方案并报县政府办", "各乡镇、县直有关部门"),
                MilestoneEdit(day + dt.timedelta(days=9), "完成第一轮自查，建立问题清单", "各乡镇"),
                MilestoneEdit(day + dt.timedelta(days=23), "县政府督查室开展专项督查", "县政府督查室"),
                MilestoneEdit(day + dt.timedelta(days=30), "报送阶段性工作总结", "各乡镇、县直有关部门"),
            ),
            tables=(TableEdit("工作进展情况统计表", ("单位", "任务数", "已完成", "存在问题", "联系人及电话"),
                              tuple(("", "", "", "", "") for _ in range(4))),),
        ))
        save_handout(self.uow, HandoutEdit(
            title="秋冬季森林防火明白纸",
            tasks="严格落实野外用火审批制度\n护林员每日巡山，重点时段、重点部位24小时值守\n储备扑火物资，专业扑火队伍集中待命",
            standards="火情早发现、早报告、早处置\n扑火队伍30分钟内集结出发\n“打早、打小、打了”，确保不发生重大森林火灾",
            rewards_penalties="及时发现、报告火情的给予奖励\n因失职渎职引发森林火灾的依法依规追究责任",
            contact=f"县应急管理局 {self.heads['县应急管理局'].name} 0310-7654321",
            milestones=(
                MilestoneEdit(dt.date(today.year, 11, 1), "森林防火期开始，全面进入戒备状态", "各乡镇"),
                MilestoneEdit(dt.date(today.year + 1, 4, 30), "森林防火期结束", "县应急管理局"),
            ),
        ))

    def leader_calendar(self, today: dt.date) -> None:
        """The 县长's own calendar as the county party office sends it, imported from .ics like a clerk would.

        One event overlaps this week's 常务会议 the 县长 chairs, so 周安排 has a real conflict to show. Written
        by hand rather than with huiwu.calendar.ics_export on purpose: it stands for another office's client
        (X-WR-TIMEZONE instead of a VTIMEZONE, an RRULE), which our own writer never produces.
        """
        from huiwu.services.calendars import import_ics

        monday = today - dt.timedelta(days=today.weekday())
        chief = self.leaders[0]

        def stamp(day: dt.date, hour: int, minute: int = 0) -> str:
            return f"{day:%Y%m%d}T{hour:02d}{minute:02d}00"

        events = [
            ("demo-city-standing", "市委常委会（扩大）会议", "市委第一会议室", monday + dt.timedelta(days=1), (10, 30), (12, 0), ""),
            ("demo-party-standing", "县委常委会会议", "县委常委会议室", monday + dt.timedelta(days=3), (15, 0), (17, 30),
             "RRULE:FREQ=WEEKLY;COUNT=8"),
            ("demo-inspection", "市督查组来县调研", "县行政中心", monday + dt.timedelta(days=7), (9, 0), (11, 30), ""),
        ]
        lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//County Party Office//Leader Calendar//ZH",
                 "X-WR-CALNAME:县长日程", "X-WR-TIMEZONE:Asia/Shanghai"]
        for uid, summary, location, day, (h1, m1), (h2, m2), rule in events:
            lines += ["BEGIN:VEVENT", f"UID:{uid}@county.example", f"DTSTAMP:{stamp(monday, 8)}Z",
                      f"DTSTART;TZID=Asia/Shanghai:{stamp(day, h1, m1)}", f"DTEND;TZID=Asia/Shanghai:{stamp(day, h2, m2)}",
                      f"SUMMARY:{summary}", f"LOCATION:{location}", f"ATTENDEE;CN={chief.name}:mailto:leader@county.example"]
            if rule:
                lines.append(rule)
            lines.append("END:VEVENT")
        lines.append("END:VCALENDAR")
        import_ics(self.uow, "县长日程.ics", "县长日程（县委办）", "#c0392b", chief.id,
                   data="\r\n".join(lines).encode("utf-8"))

    # -------------------------------------------------------- 会议申报 and the 会议计划
    def requests(self, today: dt.date) -> None:
        """Next week's 会议申报 as they stand mid-week: one became a meeting, two were taken into meetings already
        planned (a 整合会议 and a 借会开会, credited in the 会议精简 ledger), one still waits and should be merged,
        one was declined, one waits with a second choice of time. One came after the cut-off: for next week when
        the demo is made after this Friday's cut-off, otherwise for this week (filed since last Friday's)."""
        from huiwu.rules.requests import next_week_of
        from huiwu.services import requests as svc

        rng = random.Random(SEED + 16)  # its own stream: the office and its meetings stay as they were
        now = self.uow.now()
        year, week = next_week_of(today)
        cutoff = svc.request_cutoff(self.uow, year, week)
        monday = dt.date.fromisocalendar(year, week, 1)
        planned = {m.kind: m for m in self.s.scalars(
            select(Meeting).where(Meeting.starts_at >= self.at(monday, 0),
                                  Meeting.starts_at < self.at(monday + dt.timedelta(days=7), 0))
            .order_by(Meeting.starts_at))}
        standing, dispatch, topic = planned[MeetingKind.STANDING], planned[MeetingKind.DISPATCH], planned[MeetingKind.TOPIC]
        u, heads = self.units, self.heads

        def people_of(m: Meeting, n: int) -> tuple[int, ...]:
            ids = [p.person_id for p in m.participants if p.role != ParticipantRole.STAFF]
            return tuple(rng.sample(ids, min(n, len(ids))))

        def office_hours_before(moment: dt.datetime, days: int, hour: int) -> dt.datetime:
            """``days`` working days before ``moment``, at ``hour`` (a call comes in office hours)."""
            day = moment.astimezone(self.tz).date()
            stamp = self.at(day, hour)
            while days > 0 or stamp > moment or day.isoweekday() > 5:
                day -= dt.timedelta(days=1)
                stamp = self.at(day, hour)
                if day.isoweekday() <= 5:
                    days -= 1
            return stamp

        def ask(title: str, kind: str, day: int, hour: int, minutes: int, unit: str, people: tuple[int, ...],
                filed: tuple[int, int], chair: Person | None = None, alt: tuple[int, int] | None = None,
                late_for: tuple[int, int] | None = None) -> svc.RequestRow:
            target_monday = dt.date.fromisocalendar(*late_for, 1) if late_for else monday
            start = self.at(target_monday + dt.timedelta(days=day), hour)
            stamp = now - dt.timedelta(minutes=30) if late_for else office_hours_before(min(now, cutoff), *filed)
            alt_start = self.at(target_monday + dt.timedelta(days=alt[0]), alt[1]) if alt else None
            data = svc.RequestInput(
                title, kind, start, start + dt.timedelta(minutes=minutes),
                alt_starts_at=alt_start, alt_ends_at=alt_start + dt.timedelta(minutes=minutes) if alt_start else None,
                chair_id=chair.id if chair else None, unit_id=u[unit].id,
                requested_by=f"{heads[unit].name} {heads[unit].phone}", person_ids=people, requested_at=stamp)
            with self.moment(stamp):
                return svc.file_request(self.uow, data)

        def decided(row: svc.RequestRow) -> AbstractContextManager[None]:
            return self.moment(min(row.requested_at + dt.timedelta(hours=1), now))

        stats = ask("全县统计工作会议", MeetingKind.TOPIC, 3, 15, 90, "县统计局",
                    (heads["县统计局"].id, *(heads[d].id for d in ("县发展和改革局", "县财政局", "县工业和信息化局"))), (3, 9))
        with decided(stats):
            svc.accept_request(self.uow, stats.request_id, stats.version)
        merged = ask("秋冬季农田水利建设调度会", MeetingKind.DISPATCH, 2, 16, 60, "县水利局",
                     people_of(dispatch, 12), (3, 16), chair=dispatch.chair)
        with decided(merged):
            svc.accept_request(self.uow, merged.request_id, merged.version, merge_into=dispatch.id, merge_kind="merge")
        ride = ask("县政府党组理论学习中心组学习", MeetingKind.OTHER, 1, 14, 60, "县政府办公室",
                   people_of(standing, 5), (2, 10))
        with decided(ride):
            svc.accept_request(self.uow, ride.request_id, ride.version, merge_into=standing.id, merge_kind="ride")
        owner = "县" + topic.title.removesuffix("专题会议")
        ask(f"{topic.title.removesuffix('专题会议')}工作推进会", MeetingKind.TOPIC, 3, 15, 60,
            owner if owner in u else "县政府办公室", people_of(topic, 8), (1, 11), chair=topic.chair)
        declined = ask("全县文明城市创建动员大会", MeetingKind.PLENARY, 4, 9, 120, "县文化和旅游局",
                       tuple(p.id for p in self.groups["县直各单位主要负责人"]), (1, 15))
        with decided(declined):
            svc.decline_request(self.uow, declined.request_id, declined.version,
                                "下周会议已满，改在下月全县大会上一并部署")
        ask("农村集体经营性资产清查工作会", MeetingKind.TOPIC, 2, 9, 90, "县农业农村局",
            (heads["县农业农村局"].id, *(p.id for p in self.groups["各乡镇乡镇长"][:6])), (0, 9), alt=(4, 15))
        this_week = today.isocalendar()[:2]
        late_for = (year, week) if now > cutoff + dt.timedelta(hours=1) else (this_week[0], this_week[1])
        if late_for != (year, week) and now <= svc.request_cutoff(self.uow, *late_for) + dt.timedelta(hours=1):
            return  # made in the very hour of a cut-off: no request can have come late yet
        ask("冬季供暖保障专题会", MeetingKind.TOPIC, 4, 10, 60, "县住房和城乡建设局",
            (heads["县住房和城乡建设局"].id, heads["县发展和改革局"].id, heads["县应急管理局"].id), (0, 0),
            late_for=late_for)

    def replies(self, today: dt.date) -> None:
        """This week's 回执 as they stand: for each meeting still to come that has been notified, most invitees
        replied by phone, a few have not (未回复), and one 不参会 became a leave request waiting for its approver."""
        from huiwu.services import replies as svc

        rng = random.Random(SEED + 15)  # its own stream: the office and its meetings stay as they were
        now = self.uow.now()
        monday = today - dt.timedelta(days=today.weekday())
        upcoming = list(self.s.scalars(
            select(Meeting).where(Meeting.status == MeetingStatus.NOTIFIED, Meeting.starts_at > now,
                                  Meeting.starts_at < self.at(monday + dt.timedelta(days=7), 0))
            .order_by(Meeting.starts_at)))
        absent_done = False
        for m in upcoming:
            invited = [p.person_id for p in m.participants
                       if p.role != ParticipantRole.STAFF and p.attendance == "pending"]
            for n, person_id in enumerate(invited):
                if rng.random() < 0.2:
                    continue  # 未回复 yet
                stamp = self.office_moment(now, rng)
                answer = svc.ReplyInput("attend", channel=rng.choice(("电话", "电话", "书面")))
                if not absent_done and n == len(invited) // 2:
                    answer = svc.ReplyInput("absent", "参加市里的专题培训", channel="电话")
                    absent_done = True
                with self.moment(max(stamp, m.created_at)):
                    svc.record_reply(self.uow, m.id, f"person:{person_id}", answer)

    def office_moment(self, before: dt.datetime, rng: random.Random) -> dt.datetime:
        """A moment in office hours (08:30–17:30 on a weekday) within the two working days before ``before``."""
        for _ in range(20):
            day = before.astimezone(self.tz).date() - dt.timedelta(days=rng.randint(0, 3))
            if day.weekday() >= 5:
                continue
            moment = self.at(day, 8, 30) + dt.timedelta(minutes=rng.randint(0, 9 * 60))
            if moment < before:
                return moment
        return before - dt.timedelta(hours=1)

    def plan(self, today: dt.date) -> None:
        """This year's 会议计划: the caps the county's rules set (常务会议 once a month, a share by video)."""
        from huiwu.services.ledger import CapInput, set_cap

        year, office = today.year, self.units["县政府办公室"].id
        for line in (
            CapInput(year, MeetingKind.STANDING, max_count=12, note="县政府工作规则：常务会议一般每月召开1次"),
            CapInput(year, MeetingKind.DISPATCH, max_count=24, note="全县性工作调度会从严控制，每月不超过2次"),
            CapInput(year, MeetingKind.TOPIC, host_unit_id=office, max_count=40, note="县政府办公室承办的专题会议"),
            CapInput(year, "", min_video_percent=20, note="能用视频会议开的不集中开会"),
        ):
            set_cap(self.uow, line)
