<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../ui/meetings/replies.py" line="50"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/replies.py" line="51"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/replies.py" line="51"/>
        <source>(to be named)</source>
        <translation>（待单位确定）</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/replies.py" line="52"/>
        <source>Post</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/replies.py" line="53"/>
        <source>Reply</source>
        <translation>回执</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/replies.py" line="54"/>
        <source>Replied at</source>
        <translation>回复时间</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/replies.py" line="55"/>
        <source>Leave</source>
        <translation>请假</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/replies.py" line="62"/>
        <source>Who replies (name or pinyin)</source>
        <translation>回执人（姓名或拼音）</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/replies.py" line="73"/>
        <source>Reason (for 不参会 / 代会)</source>
        <translation>原因（不参会、代会时填写）</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/replies.py" line="76"/>
        <source>Substitute or attendee (name or pinyin)</source>
        <translation>代会人员或单位参会人员（姓名或拼音）</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/replies.py" line="85"/>
        <source>Record reply</source>
        <translation>登记回执</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/replies.py" line="95"/>
        <source>Ask a unit to name its attendee…</source>
        <translation>请单位确定参会人员…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/replies.py" line="97"/>
        <source>Export sheet…</source>
        <translation>导出回执表…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/replies.py" line="99"/>
        <source>A workbook with one row per invitee, to send to the units</source>
        <translation>每位参会人员一行的 Excel 表，发给各单位填写</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/replies.py" line="101"/>
        <source>Import returned sheet…</source>
        <translation>导入回执表…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/replies.py" line="171"/>
        <source>Choose who replies first (type the name or its pinyin).</source>
        <translation>请先选择回执人（输入姓名或拼音）。</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/replies.py" line="185"/>
        <source>Reply recorded: %1 — %2</source>
        <translation>已登记回执：%1 — %2</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/replies.py" line="206"/>
        <source>Export the reply sheet</source>
        <translation>导出回执表</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/replies.py" line="207"/>
        <location filename="../../ui/meetings/replies.py" line="220"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/replies.py" line="211"/>
        <source>Reply sheet saved: %1</source>
        <translation>回执表已保存：%1</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/replies.py" line="220"/>
        <source>Import a returned reply sheet</source>
        <translation>导入填好的回执表</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/replies.py" line="226"/>
        <source>Reply sheet not imported</source>
        <translation>回执表未导入</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/replies.py" line="227"/>
        <source>Nothing was recorded. Please correct the sheet and import it again:</source>
        <translation>一条回执也没有登记。请改正下列问题后重新导入：</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/replies.py" line="234"/>
        <source>Replies recorded from %1: %2 (%3 left blank)</source>
        <translation>已从 %1 登记回执 %2 条（%3 人未填写）</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/replies.py" line="251"/>
        <source>Units asked to name their attendee: %1</source>
        <translation>已请单位确定参会人员：%1 个</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/replies.py" line="263"/>
        <source>unit</source>
        <translation>单位</translation>
    </message>
</context>
</TS>
