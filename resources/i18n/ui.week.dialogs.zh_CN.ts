<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name />
    <message>
        <location filename="../../ui/week/dialogs.py" line="39" />
        <location filename="../../ui/week/dialogs.py" line="101" />
        <source>Import calendar</source>
        <translation>导入日历</translation>
    </message>
    <message>
        <location filename="../../ui/week/dialogs.py" line="41" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ui/week/dialogs.py" line="43" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/week/dialogs.py" line="52" />
        <source>e.g. County head's calendar</source>
        <translation>如：县长日程</translation>
    </message>
    <message>
        <location filename="../../ui/week/dialogs.py" line="53" />
        <source>Calendar name</source>
        <translation>日历名称</translation>
    </message>
    <message>
        <location filename="../../ui/week/dialogs.py" line="62" />
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../ui/week/dialogs.py" line="65" />
        <source>(nobody — e.g. an upper-level notice calendar)</source>
        <translation>（无 — 如上级通知日历）</translation>
    </message>
    <message>
        <location filename="../../ui/week/dialogs.py" line="69" />
        <source>Whose calendar</source>
        <translation>所属人员</translation>
    </message>
    <message>
        <location filename="../../ui/week/dialogs.py" line="70" />
        <source>Re-importing into an existing calendar updates its events and removes the ones no longer in the file. Attendees found in the directory count in conflict checks.</source>
        <translation>再次导入到已有日历时，会更新其中的日程并删除文件中已没有的日程。通讯录中能找到的参会人会纳入冲突检查。</translation>
    </message>
    <message>
        <location filename="../../ui/week/dialogs.py" line="75" />
        <source>Please enter the calendar name.</source>
        <translation>请填写日历名称。</translation>
    </message>
    <message>
        <location filename="../../ui/week/dialogs.py" line="89" />
        <source>Calendar colour</source>
        <translation>日历颜色</translation>
    </message>
    <message>
        <location filename="../../ui/week/dialogs.py" line="104" />
        <source>Import the other %1 events</source>
        <translation>导入其余 %1 个日程</translation>
    </message>
    <message>
        <location filename="../../ui/week/dialogs.py" line="106" />
        <source>%1 events in %2 cannot be read; importing the others leaves them out:</source>
        <translation>%2 中有 %1 个日程无法读取，导入其余日程时将略过它们：</translation>
    </message>
    <message>
        <location filename="../../ui/week/dialogs.py" line="115" />
        <source>Nothing has been imported yet. Cancel to correct the file and import it again.</source>
        <translation>尚未导入任何日程。如需修正文件后重新导入，请点“取消”。</translation>
    </message>
</context>
</TS>