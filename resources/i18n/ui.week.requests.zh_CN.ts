<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name />
    <message>
        <location filename="../../ui/week/requests.py" line="90" />
        <source>Edit meeting request</source>
        <translation>修改会议申报</translation>
    </message>
    <message>
        <location filename="../../ui/week/requests.py" line="90" />
        <source>New meeting request</source>
        <translation>新增会议申报</translation>
    </message>
    <message>
        <location filename="../../ui/week/requests.py" line="101" />
        <source>Second choice</source>
        <translation>备选时间</translation>
    </message>
    <message>
        <location filename="../../ui/week/requests.py" line="111" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../ui/week/requests.py" line="116" />
        <source>Name and phone of the person asking</source>
        <translation>申报人姓名及电话</translation>
    </message>
    <message>
        <location filename="../../ui/week/requests.py" line="121" />
        <source>Chair (name or pinyin)</source>
        <translation>主持人（姓名或拼音）</translation>
    </message>
    <message>
        <location filename="../../ui/week/requests.py" line="126" />
        <source>(no preference)</source>
        <translation>（无要求）</translation>
    </message>
    <message>
        <location filename="../../ui/week/requests.py" line="131" />
        <source>e.g. a room with video</source>
        <translation>如：能开视频会的会议室</translation>
    </message>
    <message>
        <location filename="../../ui/week/requests.py" line="139" />
        <source>Add a person (name or pinyin)</source>
        <translation>添加人员（姓名或拼音）</translation>
    </message>
    <message>
        <location filename="../../ui/week/requests.py" line="145" />
        <source>Add a unit's leaders…</source>
        <translation>添加单位主要负责同志…</translation>
    </message>
    <message>
        <location filename="../../ui/week/requests.py" line="151" />
        <source>Add a group…</source>
        <translation>添加分组…</translation>
    </message>
    <message>
        <location filename="../../ui/week/requests.py" line="155" />
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/week/requests.py" line="168" />
        <source>Meeting name</source>
        <translation>会议名称</translation>
    </message>
    <message>
        <location filename="../../ui/week/requests.py" line="169" />
        <source>Meeting kind</source>
        <translation>会议类型</translation>
    </message>
    <message>
        <location filename="../../ui/week/requests.py" line="170" />
        <source>Wanted time</source>
        <translation>拟定时间</translation>
    </message>
    <message>
        <location filename="../../ui/week/requests.py" line="172" />
        <source>Participants</source>
        <translation>参会人员</translation>
    </message>
    <message>
        <location filename="../../ui/week/requests.py" line="173" />
        <source>Chair</source>
        <translation>主持</translation>
    </message>
    <message>
        <location filename="../../ui/week/requests.py" line="174" />
        <source>Venue</source>
        <translation>会议室</translation>
    </message>
    <message>
        <location filename="../../ui/week/requests.py" line="175" />
        <source>Requesting unit</source>
        <translation>申报单位</translation>
    </message>
    <message>
        <location filename="../../ui/week/requests.py" line="176" />
        <source>Requested by</source>
        <translation>申报人</translation>
    </message>
    <message>
        <location filename="../../ui/week/requests.py" line="177" />
        <source>Received</source>
        <translation>收到时间</translation>
    </message>
    <message>
        <location filename="../../ui/week/requests.py" line="178" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/week/requests.py" line="227" />
        <source> (its leaders)</source>
        <translation>（主要负责同志）</translation>
    </message>
    <message>
        <location filename="../../ui/week/requests.py" line="227" />
        <source> (group)</source>
        <translation>（分组）</translation>
    </message>
    <message>
        <location filename="../../ui/week/requests.py" line="259" />
        <source>Please enter the meeting's name.</source>
        <translation>请填写会议名称。</translation>
    </message>
    <message>
        <location filename="../../ui/week/requests.py" line="261" />
        <source>Please add the expected participants (people, units or groups).</source>
        <translation>请添加参会人员（人员、单位或分组）。</translation>
    </message>
    <message>
        <location filename="../../ui/week/requests.py" line="264" />
        <source>The wanted time must end after it starts.</source>
        <translation>拟定时间的结束要晚于开始。</translation>
    </message>
    <message>
        <location filename="../../ui/week/requests.py" line="268" />
        <source>The second choice must end after it starts.</source>
        <translation>备选时间的结束要晚于开始。</translation>
    </message>
    <message>
        <location filename="../../ui/week/requests.py" line="290" />
        <source>Accept meeting request</source>
        <translation>列入周安排</translation>
    </message>
    <message>
        <location filename="../../ui/week/requests.py" line="293" />
        <source>Schedule it</source>
        <translation>列入</translation>
    </message>
    <message>
        <location filename="../../ui/week/requests.py" line="304" />
        <source>Clashes at the wanted time:</source>
        <translation>拟定时间的冲突：</translation>
    </message>
    <message>
        <location filename="../../ui/week/requests.py" line="307" />
        <source>No clashes at the wanted time.</source>
        <translation>拟定时间没有冲突。</translation>
    </message>
    <message>
        <location filename="../../ui/week/requests.py" line="311" />
        <source>Accept at the wanted time (%1)</source>
        <translation>按拟定时间列入（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/week/requests.py" line="313" />
        <source>Accept at the second choice (%1)</source>
        <translation>按备选时间列入（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/week/requests.py" line="318" />
        <source>The meeting is created as a draft with the requested participants; the request keeps the link to it.</source>
        <translation>会议以草稿新建，参会人员按申报添加；申报记录保留与会议的关联。</translation>
    </message>
    <message>
        <location filename="../../ui/week/requests.py" line="363" />
        <source>New…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <location filename="../../ui/week/requests.py" line="364" />
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../ui/week/requests.py" line="365" />
        <source>Accept…</source>
        <translation>列入…</translation>
    </message>
    <message>
        <location filename="../../ui/week/requests.py" line="366" />
        <source>Decline…</source>
        <translation>不予安排…</translation>
    </message>
    <message>
        <location filename="../../ui/week/requests.py" line="404" />
        <source>[late] </source>
        <translation>【逾期】</translation>
    </message>
    <message>
        <location filename="../../ui/week/requests.py" line="416" />
        <source>%1. %2 requests, %3 awaiting review, %4 late.</source>
        <translation>%1。共 %2 项申报，待审核 %3 项，逾期 %4 项。</translation>
    </message>
    <message>
        <location filename="../../ui/week/requests.py" line="419" />
        <source>Requests</source>
        <translation>会议申报</translation>
    </message>
    <message>
        <location filename="../../ui/week/requests.py" line="433" />
        <source>Select a request to see its clashes and merge proposals.</source>
        <translation>选中一项申报，查看它的冲突和合并建议。</translation>
    </message>
    <message>
        <location filename="../../ui/week/requests.py" line="435" />
        <source>Participants: %1</source>
        <translation>参会：%1</translation>
    </message>
    <message>
        <location filename="../../ui/week/requests.py" line="437" />
        <source>Second choice: %1</source>
        <translation>备选：%1</translation>
    </message>
    <message>
        <location filename="../../ui/week/requests.py" line="439" />
        <source>Venue: %1</source>
        <translation>会议室：%1</translation>
    </message>
    <message>
        <location filename="../../ui/week/requests.py" line="440" />
        <source>Received %1</source>
        <translation>收到时间 %1</translation>
    </message>
    <message>
        <location filename="../../ui/week/requests.py" line="441" />
        <source> (after the cut-off)</source>
        <translation>（截止后收到）</translation>
    </message>
    <message>
        <location filename="../../ui/week/requests.py" line="443" />
        <source>No clashes.</source>
        <translation>没有冲突。</translation>
    </message>
    <message>
        <location filename="../../ui/week/requests.py" line="446" />
        <source>Declined: %1</source>
        <translation>未列入：%1</translation>
    </message>
    <message>
        <location filename="../../ui/week/requests.py" line="448" />
        <source>Accepted by %1.</source>
        <translation>已由%1列入。</translation>
    </message>
    <message>
        <location filename="../../ui/week/requests.py" line="484" />
        <source> It came after the cut-off and is marked late.</source>
        <translation>已过申报截止时间，标记为逾期申报。</translation>
    </message>
    <message>
        <location filename="../../ui/week/requests.py" line="485" />
        <source>Request 《%1》 saved for %2.</source>
        <translation>会议申报《%1》已登记（%2）。</translation>
    </message>
    <message>
        <location filename="../../ui/week/requests.py" line="526" />
        <source>Decline meeting request</source>
        <translation>不予安排</translation>
    </message>
    <message>
        <location filename="../../ui/week/requests.py" line="527" />
        <source>Why is 《%1》 not scheduled? The requesting unit is told this reason.</source>
        <translation>《%1》为什么不予安排？原因会告知申报单位。</translation>
    </message>
    <message>
        <location filename="../../ui/week/requests.py" line="529" />
        <source>Decline</source>
        <translation>不予安排</translation>
    </message>
    <message>
        <location filename="../../ui/week/requests.py" line="530" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/week/requests.py" line="538" />
        <source>Request 《%1》 declined.</source>
        <translation>会议申报《%1》未列入。</translation>
    </message>
</context>
</TS>