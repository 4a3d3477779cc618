<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../ui/attendance/leave_dialog.py" line="64"/>
        <source>New leave request</source>
        <translation>新建请假</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/leave_dialog.py" line="73"/>
        <source>Person</source>
        <translation>请假人</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/leave_dialog.py" line="75"/>
        <source>One meeting</source>
        <translation>某次会议</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/leave_dialog.py" line="76"/>
        <source>A period (general absence)</source>
        <translation>一段时间（请销假）</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/leave_dialog.py" line="85"/>
        <source>Covers</source>
        <translation>请假范围</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/leave_dialog.py" line="90"/>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/leave_dialog.py" line="99"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/leave_dialog.py" line="101"/>
        <source>From</source>
        <translation>起止时间</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/leave_dialog.py" line="104"/>
        <source>Reason</source>
        <translation>事由</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/leave_dialog.py" line="107"/>
        <source>Substitute (directory)</source>
        <translation>代会人员（通讯录）</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/leave_dialog.py" line="110"/>
        <source>or a name not in the directory</source>
        <translation>或填写通讯录以外的姓名</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/leave_dialog.py" line="112"/>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/leave_dialog.py" line="115"/>
        <source>Substitute (other)</source>
        <translation>代会人员（其他）</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/leave_dialog.py" line="120"/>
        <source>Approver</source>
        <translation>审批人</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/leave_dialog.py" line="125"/>
        <source>Asked by</source>
        <translation>请假方式</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/leave_dialog.py" line="127"/>
        <source>Recorded afterwards (补办)</source>
        <translation>事后补办</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/leave_dialog.py" line="128"/>
        <source>Already approved</source>
        <translation>已获批准</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/leave_dialog.py" line="157"/>
        <source>Default approver by the office&apos;s rules</source>
        <translation>按规定的默认审批人，可更改</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/leave_dialog.py" line="158"/>
        <source>No default approver; choose one</source>
        <translation>没有默认审批人，请选择</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/leave_dialog.py" line="164"/>
        <source>Choose the person asking for leave.</source>
        <translation>请选择请假人。</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/leave_dialog.py" line="166"/>
        <source>Enter the reason.</source>
        <translation>请填写请假事由。</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/leave_dialog.py" line="168"/>
        <source>Choose the meeting.</source>
        <translation>请选择会议。</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/leave_dialog.py" line="170"/>
        <source>The end must be after the start.</source>
        <translation>结束时间必须晚于开始时间。</translation>
    </message>
</context>
</TS>
