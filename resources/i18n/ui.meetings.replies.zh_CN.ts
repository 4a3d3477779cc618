<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../ui/meetings/replies.py" line="46"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/replies.py" line="47"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/replies.py" line="47"/>
        <source>(to be named)</source>
        <translation>（待单位确定）</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/replies.py" line="48"/>
        <source>Post</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/replies.py" line="49"/>
        <source>Reply</source>
        <translation>回执</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/replies.py" line="50"/>
        <source>Replied at</source>
        <translation>回复时间</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/replies.py" line="51"/>
        <source>Leave</source>
        <translation>请假</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/replies.py" line="58"/>
        <source>Who replies (name or pinyin)</source>
        <translation>回执人（姓名或拼音）</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/replies.py" line="69"/>
        <source>Reason (for 不参会 / 代会)</source>
        <translation>原因（不参会、代会时填写）</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/replies.py" line="71"/>
        <source>Substitute or attendee (name or pinyin)</source>
        <translation>代会人员或单位参会人员（姓名或拼音）</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/replies.py" line="78"/>
        <source>Record reply</source>
        <translation>登记回执</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/replies.py" line="88"/>
        <source>Ask a unit to name its attendee…</source>
        <translation>请单位确定参会人员…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/replies.py" line="151"/>
        <source>Choose who replies first (type the name or its pinyin).</source>
        <translation>请先选择回执人（输入姓名或拼音）。</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/replies.py" line="165"/>
        <source>Reply recorded: %1 — %2</source>
        <translation>已登记回执：%1 — %2</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/replies.py" line="189"/>
        <source>Units asked to name their attendee: %1</source>
        <translation>已请单位确定参会人员：%1 个</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/replies.py" line="201"/>
        <source>unit</source>
        <translation>单位</translation>
    </message>
</context>
</TS>
