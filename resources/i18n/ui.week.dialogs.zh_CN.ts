<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name />
    <message>
        <location filename="../../ui/week/dialogs.py" line="41" />
        <location filename="../../ui/week/dialogs.py" line="103" />
        <source>Import calendar</source>
        <translation>导入日历</translation>
    </message>
    <message>
        <location filename="../../ui/week/dialogs.py" line="43" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ui/week/dialogs.py" line="45" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/week/dialogs.py" line="54" />
        <source>e.g. County head's calendar</source>
        <translation>如：县长日程</translation>
    </message>
    <message>
        <location filename="../../ui/week/dialogs.py" line="55" />
        <source>Calendar name</source>
        <translation>日历名称</translation>
    </message>
    <message>
        <location filename="../../ui/week/dialogs.py" line="64" />
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../ui/week/dialogs.py" line="67" />
        <source>(nobody — e.g. an upper-level notice calendar)</source>
        <translation>（无 — 如上级通知日历）</translation>
    </message>
    <message>
        <location filename="../../ui/week/dialogs.py" line="71" />
        <source>Whose calendar</source>
        <translation>所属人员</translation>
    </message>
    <message>
        <location filename="../../ui/week/dialogs.py" line="72" />
        <source>Re-importing into an existing calendar updates its events and removes the ones no longer in the file. Attendees found in the directory count in conflict checks.</source>
        <translation>再次导入到已有日历时，会更新其中的日程并删除文件中已没有的日程。通讯录中能找到的参会人会纳入冲突检查。</translation>
    </message>
    <message>
        <location filename="../../ui/week/dialogs.py" line="77" />
        <source>Please enter the calendar name.</source>
        <translation>请填写日历名称。</translation>
    </message>
    <message>
        <location filename="../../ui/week/dialogs.py" line="91" />
        <source>Calendar colour</source>
        <translation>日历颜色</translation>
    </message>
    <message>
        <location filename="../../ui/week/dialogs.py" line="106" />
        <source>Import the other %1 events</source>
        <translation>导入其余 %1 个日程</translation>
    </message>
    <message>
        <location filename="../../ui/week/dialogs.py" line="108" />
        <source>%1 events in %2 cannot be read; importing the others leaves them out:</source>
        <translation>%2 中有 %1 个日程无法读取，导入其余日程时将略过它们：</translation>
    </message>
    <message>
        <location filename="../../ui/week/dialogs.py" line="117" />
        <source>Nothing has been imported yet. Cancel to correct the file and import it again.</source>
        <translation>尚未导入任何日程。如需修正文件后重新导入，请点“取消”。</translation>
    </message>
    <message>
        <location filename="../../ui/week/dialogs.py" line="130" />
        <source>Finalise week</source>
        <translation>定稿</translation>
    </message>
    <message>
        <location filename="../../ui/week/dialogs.py" line="133" />
        <source>Finalise</source>
        <translation>定稿</translation>
    </message>
    <message>
        <location filename="../../ui/week/dialogs.py" line="133" />
        <source>Re-issue</source>
        <translation>重新签发</translation>
    </message>
    <message>
        <location filename="../../ui/week/dialogs.py" line="136" />
        <source>Finalise %1? Later changes will be recorded and printed as amendments.</source>
        <translation>确定将%1定稿吗？定稿后的改动将记为变更并打印在变更情况中。</translation>
    </message>
    <message>
        <location filename="../../ui/week/dialogs.py" line="139" />
        <source>Re-issue %1 as edition %2? Its %3 changes are folded into the new edition.</source>
        <translation>将%1重新签发为第%2版吗？此前的 %3 项变更将并入新版。</translation>
    </message>
    <message>
        <location filename="../../ui/week/dialogs.py" line="152" />
        <source>Signed by</source>
        <translation>签发人</translation>
    </message>
    <message>
        <location filename="../../ui/week/dialogs.py" line="156" />
        <source>Please choose who signs the week (add the leaders to the directory first).</source>
        <translation>请选择签发人（如无可选，请先在通讯录中添加领导）。</translation>
    </message>
</context>
</TS>