<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../ui/meetings/archive.py" line="42"/>
        <source>File the meeting</source>
        <translation>会议归档</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/archive.py" line="48"/>
        <source>The archive file holds, in one PDF with a contents page and page numbers running through: the notice and its replies, the agenda, the attendance result sheet, the leave records with their approvals, the minutes, the decisions with their state, the handouts, the classified materials register and the change history. Once filed it is frozen; any later change to the meeting reopens it, and it must be filed again.</source>
        <translation>归档卷把本次会议的材料合成一个 PDF，带卷内目录，页号连续编排：会议通知和回执情况、议程、签到结果表、请假记录及审批情况、会议纪要、议定事项办理和销号情况、明白纸、涉密材料发放回收登记表、修改记录。归档后即冻结；此后对会议的任何修改都会重新打开归档卷，需重新归档。</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/archive.py" line="62"/>
        <source>Decision</source>
        <translation>议定事项</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/archive.py" line="63"/>
        <source>Responsible unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/archive.py" line="64"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/archive.py" line="65"/>
        <source>Why not closed</source>
        <translation>未销号原因</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/archive.py" line="65"/>
        <source>(not given)</source>
        <translation>（未说明）</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/archive.py" line="72"/>
        <source>Why the selected decision is filed before it is closed, e.g. 长期事项，按季度报送</source>
        <translation>写明所选议定事项未销号即归档的原因，如：长期事项，按季度报送</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/archive.py" line="74"/>
        <source>Save reason</source>
        <translation>保存原因</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/archive.py" line="81"/>
        <source>Preview archive file</source>
        <translation>预览归档卷</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/archive.py" line="85"/>
        <location filename="../../ui/meetings/archive.py" line="117"/>
        <source>File away</source>
        <translation>归档</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/archive.py" line="116"/>
        <source>File away again</source>
        <translation>重新归档</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/archive.py" line="144"/>
        <source>Reason for filing it unclosed saved.</source>
        <translation>未销号原因已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/archive.py" line="89"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/archive.py" line="101"/>
        <source>Decisions of this meeting</source>
        <translation>本次会议的议定事项</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/archive.py" line="110"/>
        <source>Archive: </source>
        <translation>归档状态：</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/archive.py" line="190"/>
        <source>Loading</source>
        <translation>正在加载</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/archive.py" line="147"/>
        <source>Saving</source>
        <translation>正在保存</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/archive.py" line="154"/>
        <source>Archive file</source>
        <translation>归档卷</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/archive.py" line="167"/>
        <source>Meeting filed: %1</source>
        <translation>会议%1</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/archive.py" line="173"/>
        <source>Building the archive file…</source>
        <translation>正在生成归档卷…</translation>
    </message>
</context>
</TS>
