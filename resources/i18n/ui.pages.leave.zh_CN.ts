<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../ui/pages/leave.py" line="51"/>
        <source>Leave requests</source>
        <translation>请假记录</translation>
    </message>
    <message>
        <location filename="../../ui/pages/leave.py" line="52"/>
        <source>Attendance statistics</source>
        <translation>考勤统计</translation>
    </message>
    <message>
        <location filename="../../ui/pages/leave.py" line="56"/>
        <source>Person</source>
        <translation>请假人</translation>
    </message>
    <message>
        <location filename="../../ui/pages/leave.py" line="57"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/pages/leave.py" line="58"/>
        <source>Meeting or period</source>
        <translation>会议或时段</translation>
    </message>
    <message>
        <location filename="../../ui/pages/leave.py" line="59"/>
        <source>Reason</source>
        <translation>事由</translation>
    </message>
    <message>
        <location filename="../../ui/pages/leave.py" line="60"/>
        <source>Substitute</source>
        <translation>代会人员</translation>
    </message>
    <message>
        <location filename="../../ui/pages/leave.py" line="61"/>
        <source>Approver</source>
        <translation>审批人</translation>
    </message>
    <message>
        <location filename="../../ui/pages/leave.py" line="62"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/pages/leave.py" line="62"/>
        <source> (retroactive)</source>
        <translation>（补办）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/leave.py" line="63"/>
        <source>Asked by</source>
        <translation>请假方式</translation>
    </message>
    <message>
        <location filename="../../ui/pages/leave.py" line="64"/>
        <source>Meetings marked</source>
        <translation>标记会议数</translation>
    </message>
    <message>
        <location filename="../../ui/pages/leave.py" line="65"/>
        <source>Decision note</source>
        <translation>审批意见</translation>
    </message>
    <message>
        <location filename="../../ui/pages/leave.py" line="69"/>
        <source>Search: name, unit or pinyin initials</source>
        <translation>搜索：姓名、单位或拼音首字母</translation>
    </message>
    <message>
        <location filename="../../ui/pages/leave.py" line="73"/>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../ui/pages/leave.py" line="87"/>
        <source>New request</source>
        <translation>新建请假</translation>
    </message>
    <message>
        <location filename="../../ui/pages/leave.py" line="88"/>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <location filename="../../ui/pages/leave.py" line="89"/>
        <source>Reject…</source>
        <translation>不批准…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/leave.py" line="90"/>
        <source>Withdraw</source>
        <translation>撤回</translation>
    </message>
    <message>
        <location filename="../../ui/pages/leave.py" line="91"/>
        <source>Returned (销假)…</source>
        <translation>销假…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/leave.py" line="127"/>
        <source>Loading leave requests</source>
        <translation>正在加载请假记录</translation>
    </message>
    <message>
        <location filename="../../ui/pages/leave.py" line="146"/>
        <source>%1 requests shown, %2 waiting for approval.</source>
        <translation>显示 %1 条请假，%2 条待审批。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/leave.py" line="158"/>
        <source> (back %1)</source>
        <translation>（%1 已销假）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/leave.py" line="165"/>
        <source>Select a leave request first.</source>
        <translation>请先选择一条请假记录。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/leave.py" line="178"/>
        <source>Loading</source>
        <translation>正在加载</translation>
    </message>
    <message>
        <location filename="../../ui/pages/leave.py" line="190"/>
        <source>Leave request saved.</source>
        <translation>请假已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/leave.py" line="190"/>
        <source>Leave request saved and approved.</source>
        <translation>请假已保存并批准。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/leave.py" line="193"/>
        <location filename="../../ui/pages/leave.py" line="203"/>
        <location filename="../../ui/pages/leave.py" line="214"/>
        <location filename="../../ui/pages/leave.py" line="222"/>
        <location filename="../../ui/pages/leave.py" line="245"/>
        <source>Saving</source>
        <translation>正在保存</translation>
    </message>
    <message>
        <location filename="../../ui/pages/leave.py" line="200"/>
        <source>Leave of %1 approved; %2 meetings marked.</source>
        <translation>已批准 %1 的请假，标记了 %2 个会议。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/leave.py" line="209"/>
        <source>Reject leave</source>
        <translation>不批准请假</translation>
    </message>
    <message>
        <location filename="../../ui/pages/leave.py" line="209"/>
        <source>Decision note for %1:</source>
        <translation>对 %1 请假的审批意见：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/leave.py" line="213"/>
        <source>Leave of %1 not approved.</source>
        <translation>%1 的请假未批准。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/leave.py" line="221"/>
        <source>Leave of %1 withdrawn.</source>
        <translation>%1 的请假已撤回。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/leave.py" line="228"/>
        <source>Returned from leave (销假)</source>
        <translation>销假</translation>
    </message>
    <message>
        <location filename="../../ui/pages/leave.py" line="235"/>
        <source>Actually back at</source>
        <translation>实际返回时间</translation>
    </message>
    <message>
        <location filename="../../ui/pages/leave.py" line="236"/>
        <source>Leave marks on meetings from then on are removed.</source>
        <translation>此后会议上的请假标记将被撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/leave.py" line="244"/>
        <source>%1 is back from leave.</source>
        <translation>%1 已销假。</translation>
    </message>
</context>
</TS>
