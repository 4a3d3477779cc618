<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../ui/meetings/minutes.py" line="89"/>
        <source>Save minutes</source>
        <translation>保存纪要</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes.py" line="89"/>
        <source>Send to the chair</source>
        <translation>送审</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes.py" line="90"/>
        <source>Back to drafting</source>
        <translation>退回修改</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes.py" line="90"/>
        <source>Record signing</source>
        <translation>登记签发</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes.py" line="91"/>
        <source>Record issuing</source>
        <translation>登记印发</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes.py" line="91"/>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes.py" line="114"/>
        <source>Minutes title</source>
        <translation>纪要标题</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes.py" line="115"/>
        <source>Minutes number</source>
        <translation>纪要编号</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes.py" line="116"/>
        <source>Attendance lines</source>
        <translation>出席情况</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes.py" line="117"/>
        <source>Distribution</source>
        <translation>分送</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes.py" line="118"/>
        <source>Issued by</source>
        <translation>印发机关</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes.py" line="125"/>
        <source>Add part</source>
        <translation>添加部分</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes.py" line="125"/>
        <source>Remove part</source>
        <translation>删除部分</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes.py" line="126"/>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes.py" line="126"/>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes.py" line="144"/>
        <source>Add decision</source>
        <translation>添加议定内容</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes.py" line="144"/>
        <source>Remove decision</source>
        <translation>删除议定内容</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes.py" line="145"/>
        <source>Make follow-up item…</source>
        <translation>转为督办…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes.py" line="154"/>
        <source>Heading</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes.py" line="155"/>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes.py" line="160"/>
        <source>Parts (one per agenda item)</source>
        <translation>正文各部分（每个议题一部分）</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes.py" line="164"/>
        <source>Decisions (double-click to edit)</source>
        <translation>议定内容（双击修改）</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes.py" line="168"/>
        <source>The preview appears here.</source>
        <translation>纪要预览显示在这里。</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes.py" line="251"/>
        <source>From the attendance record</source>
        <translation>据签到和请假记录</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes.py" line="251"/>
        <source>Before the meeting: the expected attendees</source>
        <translation>会议尚未召开：按应出席人员</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes.py" line="253"/>
        <source>State: </source>
        <translation>状态：</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes.py" line="253"/>
        <source> (draft from the record, not saved yet)</source>
        <translation>（据会议记录生成的草稿，尚未保存）</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes.py" line="254"/>
        <source>Sent to the chair</source>
        <translation>送审</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes.py" line="254"/>
        <source>Signed</source>
        <translation>签发</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes.py" line="255"/>
        <source>Issued</source>
        <translation>印发</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes.py" line="259"/>
        <source>Revision %1</source>
        <translation>第%1次修订</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes.py" line="262"/>
        <source>(unsaved changes)</source>
        <translation>（有未保存的修改）</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes.py" line="362"/>
        <source>New part</source>
        <translation>新的部分</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes.py" line="366"/>
        <source>This part has decisions that are follow-up items; it stays.</source>
        <translation>这一部分有已转督办的议定内容，不能删除。</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes.py" line="386"/>
        <source>(type the decision)</source>
        <translation>（请填写议定内容）</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes.py" line="592"/>
        <source>Comes from</source>
        <translation>出处</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes.py" line="396"/>
        <source>This decision is a follow-up item; delete the item first.</source>
        <translation>这条议定内容已转为督办事项，请先删除该督办事项。</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes.py" line="428"/>
        <source>Minutes saved</source>
        <translation>纪要已保存</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes.py" line="428"/>
        <location filename="../../ui/meetings/minutes.py" line="450"/>
        <location filename="../../ui/meetings/minutes.py" line="484"/>
        <source>Saving</source>
        <translation>正在保存</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes.py" line="433"/>
        <source>Revise signed minutes</source>
        <translation>修订已签发的纪要</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes.py" line="434"/>
        <source>The minutes are signed: this change is recorded as a revision. Why is it made?</source>
        <translation>纪要已签发，这次修改将记为一次修订。修订原因：</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes.py" line="435"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes.py" line="436"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes.py" line="438"/>
        <source>A revision needs its reason; nothing saved.</source>
        <translation>修订须填写原因；没有保存。</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes.py" line="447"/>
        <source>Minutes sent to the chair</source>
        <translation>纪要已送审</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes.py" line="447"/>
        <source>Minutes back to drafting</source>
        <translation>纪要已退回修改</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes.py" line="448"/>
        <source>Signing recorded</source>
        <translation>已登记签发</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes.py" line="448"/>
        <source>Issuing recorded</source>
        <translation>已登记印发</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes.py" line="476"/>
        <source>Follow-up item made</source>
        <translation>已转为督办事项</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes.py" line="500"/>
        <source>Meeting minutes</source>
        <translation>会议纪要</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes.py" line="521"/>
        <source>Laying out the pages…</source>
        <translation>正在排版…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes.py" line="547"/>
        <source>As printed: %1 page(s), A4.</source>
        <translation>与打印一致：A4 共 %1 页。</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes.py" line="570"/>
        <source>Make follow-up item</source>
        <translation>转为督办事项</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes.py" line="576"/>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes.py" line="581"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes.py" line="591"/>
        <source>Decision</source>
        <translation>议定事项</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes.py" line="593"/>
        <source>Responsible unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes.py" line="594"/>
        <source>Responsible person</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes.py" line="595"/>
        <source>Deadline</source>
        <translation>办结时限</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/minutes.py" line="597"/>
        <source>Please choose the responsible unit.</source>
        <translation>请选择责任单位。</translation>
    </message>
</context>
</TS>
