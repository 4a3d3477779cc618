<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../ui/printing.py" line="28"/>
        <source>Meeting notice</source>
        <translation>会议通知</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="29"/>
        <source>Agenda</source>
        <translation>议程</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="30"/>
        <source>Sign-in sheet</source>
        <translation>签到表</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="31"/>
        <source>Attendance result sheet</source>
        <translation>签到结果表</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="32"/>
        <source>Handout</source>
        <translation>明白纸</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="33"/>
        <source>Seating plan</source>
        <translation>座次表</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="34"/>
        <source>Table cards</source>
        <translation>席卡</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="35"/>
        <source>Follow-up list</source>
        <translation>督办清单</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="36"/>
        <source>Meeting minutes</source>
        <translation>会议纪要</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="37"/>
        <source>Classified material register</source>
        <translation>涉密材料发放回收登记表</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="38"/>
        <source>Attendance report</source>
        <translation>出勤通报</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="39"/>
        <source>One-week meeting schedule</source>
        <translation>一周会议安排</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="64"/>
        <source>Sent %1 pages of %2 to the printer.</source>
        <translation>已将%2共 %1 页发送到打印机。</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="66"/>
        <source>Saved %1 as %2.</source>
        <translation>已将%1另存为 %2。</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="68"/>
        <source>%1 is ready to print (%2 pages).</source>
        <translation>%1已生成，共 %2 页，可预览打印。</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="73"/>
        <source>%1 could not be made.</source>
        <translation>%1未能生成。</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="76"/>
        <source>Preparing %1…</source>
        <translation>正在生成%1…</translation>
    </message>
</context>
</TS>
