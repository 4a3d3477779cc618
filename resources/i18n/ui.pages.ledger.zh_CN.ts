<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name />
    <message>
        <location filename="../../ui/pages/ledger.py" line="55" />
        <location filename="../../ui/pages/ledger.py" line="135" />
        <source>Held</source>
        <translation>已召开</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="56" />
        <location filename="../../ui/pages/ledger.py" line="136" />
        <source>Arranged</source>
        <translation>已安排</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="57" />
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="58" />
        <source>Avoided by merge</source>
        <translation>整合/借会减少</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="59" />
        <source>Person-times</source>
        <translation>参会人次</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="91" />
        <source>Print report…</source>
        <translation>打印通报…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="95" />
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="95" />
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="112" />
        <source>Meeting kind</source>
        <translation>会议类型</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="113" />
        <location filename="../../ui/pages/ledger.py" line="120" />
        <location filename="../../ui/pages/ledger.py" line="134" />
        <source>Plan</source>
        <translation>全年计划</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="115" />
        <source>Video share</source>
        <translation>视频会议占比</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="116" />
        <location filename="../../ui/pages/ledger.py" line="122" />
        <location filename="../../ui/pages/ledger.py" line="137" />
        <source>Against the plan</source>
        <translation>执行情况</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="119" />
        <source>Host unit</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="125" />
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="127" />
        <source>Township person-times</source>
        <translation>乡镇参会人次</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="128" />
        <source>Township hours</source>
        <translation>乡镇参会时长（小时）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="129" />
        <source>To date</source>
        <translation>累计</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="130" />
        <source>Plan to date</source>
        <translation>计划进度</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="133" />
        <source>Applies to</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="138" />
        <source>Basis</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="140" />
        <source>Add…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="141" />
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="142" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="145" />
        <source>Meeting avoided</source>
        <translation>减少的会议</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="146" />
        <source>Was planned for</source>
        <translation>原定时间</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="147" />
        <source>Merged into</source>
        <translation>并入会议</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="147" />
        <source>(deleted)</source>
        <translation>（已删除）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="148" />
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="149" />
        <source>Person-times saved</source>
        <translation>减少人次</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="150" />
        <source>Hours saved</source>
        <translation>节约时长（小时）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="151" />
        <source>Accepted by</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="153" />
        <source>By kind</source>
        <translation>按会议类型</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="153" />
        <source>By host unit</source>
        <translation>按主办单位</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="154" />
        <source>By month</source>
        <translation>按月份</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="154" />
        <source>Meeting plan</source>
        <translation>会议计划</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="155" />
        <source>Merges credited</source>
        <translation>整合会议/借会开会</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="188" />
        <source>All meetings</source>
        <translation>全部会议</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="216" />
        <source>Counting the year's meetings…</source>
        <translation>正在统计全年会议…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="236" />
        <source>Merges credited (%1)</source>
        <translation>整合会议/借会开会（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="255" />
        <location filename="../../ui/pages/ledger.py" line="286" />
        <source>Choose a line of the plan first.</source>
        <translation>请先选择会议计划中的一项。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="278" />
        <source>Saved the plan line: %1</source>
        <translation>已保存会议计划：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="288" />
        <source>Delete plan line</source>
        <translation>删除会议计划</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="288" />
        <source>Delete “%1” from the plan? The meetings are not changed.</source>
        <translation>从会议计划中删除“%1”吗？会议本身不受影响。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="297" />
        <source>Deleted the plan line: %1</source>
        <translation>已删除会议计划：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="309" />
        <source>Meeting reduction report %1</source>
        <translation>%1年会议精简情况通报</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="322" />
        <source>M%1</source>
        <translation>%1月</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="333" />
        <source>Held %1, arranged %2, cancelled %3; %4 avoided by merging (%5 person-times saved). Person-times %6, of which townships %7 (%8 hours).</source>
        <translation>已召开 %1 次，已安排 %2 次，已取消 %3 次；整合会议、借会开会减少 %4 次（减少 %5 人次）。参会 %6 人次，其中乡镇人员 %7 人次（%8 小时）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="340" />
        <source>Plan for the year: %1 meetings.</source>
        <translation>全年计划 %1 次。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="345" />
        <source>Over the plan: %1.</source>
        <translation>超出计划：%1。</translation>
    </message>
</context>
</TS>