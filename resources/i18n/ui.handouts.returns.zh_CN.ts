<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../ui/handouts/returns.py" line="56"/>
        <location filename="../../ui/handouts/returns.py" line="128"/>
        <source>Choose a saved handout in the list.</source>
        <translation>请在左侧列表中选择已保存的明白纸。</translation>
    </message>
    <message>
        <location filename="../../ui/handouts/returns.py" line="66"/>
        <source>Attached table</source>
        <translation>附表</translation>
    </message>
    <message>
        <location filename="../../ui/handouts/returns.py" line="70"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/handouts/returns.py" line="71"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/handouts/returns.py" line="72"/>
        <source>Returned at</source>
        <translation>报送时间</translation>
    </message>
    <message>
        <location filename="../../ui/handouts/returns.py" line="74"/>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <location filename="../../ui/handouts/returns.py" line="75"/>
        <source>Entered by</source>
        <translation>登记方式</translation>
    </message>
    <message>
        <location filename="../../ui/handouts/returns.py" line="82"/>
        <source>Send to units…</source>
        <translation>发送给单位…</translation>
    </message>
    <message>
        <location filename="../../ui/handouts/returns.py" line="83"/>
        <source>Export tables…</source>
        <translation>导出表格…</translation>
    </message>
    <message>
        <location filename="../../ui/handouts/returns.py" line="84"/>
        <source>One file per unit</source>
        <translation>每个单位一个文件</translation>
    </message>
    <message>
        <location filename="../../ui/handouts/returns.py" line="87"/>
        <source>Import returned tables…</source>
        <translation>导入回收表格…</translation>
    </message>
    <message>
        <location filename="../../ui/handouts/returns.py" line="88"/>
        <source>Merged table (.xlsx)…</source>
        <translation>合并汇总（.xlsx）…</translation>
    </message>
    <message>
        <location filename="../../ui/handouts/returns.py" line="89"/>
        <source>Print merged table…</source>
        <translation>打印汇总…</translation>
    </message>
    <message>
        <location filename="../../ui/handouts/returns.py" line="90"/>
        <source>Milestones to follow-up</source>
        <translation>时限节点转督办</translation>
    </message>
    <message>
        <location filename="../../ui/handouts/returns.py" line="131"/>
        <source>The attached tables (%1) have not been sent yet: send them to the units first.</source>
        <translation>附表（%1）尚未发送：请先发送给报送单位。</translation>
    </message>
    <message>
        <location filename="../../ui/handouts/returns.py" line="132"/>
        <source>This handout has no attached tables.</source>
        <translation>这份明白纸没有附表。</translation>
    </message>
    <message>
        <location filename="../../ui/handouts/returns.py" line="134"/>
        <source>Returns for “%1”</source>
        <translation>《%1》附表回收</translation>
    </message>
    <message>
        <location filename="../../ui/handouts/returns.py" line="135"/>
        <source> — not sent yet: %1</source>
        <translation> —— 尚未发送：%1</translation>
    </message>
    <message>
        <location filename="../../ui/handouts/returns.py" line="137"/>
        <source>Milestones with a responsible unit: %1, of them follow-up items: %2.</source>
        <translation>有责任单位的时限节点 %1 个，已转督办 %2 个。</translation>
    </message>
    <message>
        <location filename="../../ui/handouts/returns.py" line="155"/>
        <source>due %1</source>
        <translation>%1 截止</translation>
    </message>
    <message>
        <location filename="../../ui/handouts/returns.py" line="202"/>
        <source>Sending the tables…</source>
        <translation>正在发送附表…</translation>
    </message>
    <message>
        <location filename="../../ui/handouts/returns.py" line="206"/>
        <source>Export the tables to folder</source>
        <translation>把附表导出到文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/handouts/returns.py" line="217"/>
        <source>Exported %1 files to %2.</source>
        <translation>已导出 %1 个文件到 %2。</translation>
    </message>
    <message>
        <location filename="../../ui/handouts/returns.py" line="219"/>
        <source>Exporting the tables…</source>
        <translation>正在导出附表…</translation>
    </message>
    <message>
        <location filename="../../ui/handouts/returns.py" line="223"/>
        <source>Import returned tables</source>
        <translation>导入回收表格</translation>
    </message>
    <message>
        <location filename="../../ui/handouts/returns.py" line="224"/>
        <location filename="../../ui/handouts/returns.py" line="256"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/handouts/returns.py" line="241"/>
        <source>Checking the files…</source>
        <translation>正在检查文件…</translation>
    </message>
    <message>
        <location filename="../../ui/handouts/returns.py" line="248"/>
        <source>Imported: </source>
        <translation>已导入：</translation>
    </message>
    <message>
        <location filename="../../ui/handouts/returns.py" line="251"/>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <location filename="../../ui/handouts/returns.py" line="256"/>
        <source>Save the merged table</source>
        <translation>保存汇总表</translation>
    </message>
    <message>
        <location filename="../../ui/handouts/returns.py" line="267"/>
        <source>Merged table saved as %1.</source>
        <translation>汇总表已保存为 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/handouts/returns.py" line="268"/>
        <source>Exporting</source>
        <translation>正在导出</translation>
    </message>
    <message>
        <location filename="../../ui/handouts/returns.py" line="282"/>
        <source>Merged table</source>
        <translation>附表汇总</translation>
    </message>
    <message>
        <location filename="../../ui/handouts/returns.py" line="298"/>
        <source>Send the tables to units</source>
        <translation>发送附表给单位</translation>
    </message>
    <message>
        <location filename="../../ui/handouts/returns.py" line="304"/>
        <source> — sent</source>
        <translation> —— 已发送</translation>
    </message>
    <message>
        <location filename="../../ui/handouts/returns.py" line="317"/>
        <source>Return deadline</source>
        <translation>报送截止</translation>
    </message>
    <message>
        <location filename="../../ui/handouts/returns.py" line="318"/>
        <source>Units that fill in the tables (the meeting&apos;s invitee units are ticked):</source>
        <translation>填报单位（已勾选会议的参会单位）：</translation>
    </message>
    <message>
        <location filename="../../ui/handouts/returns.py" line="321"/>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../../ui/handouts/returns.py" line="333"/>
        <source>Tick at least one unit.</source>
        <translation>请至少勾选一个单位。</translation>
    </message>
    <message>
        <location filename="../../ui/handouts/returns.py" line="346"/>
        <source>Import returned tables — preview</source>
        <translation>导入回收表格 —— 预览</translation>
    </message>
    <message>
        <location filename="../../ui/handouts/returns.py" line="357"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/handouts/returns.py" line="357"/>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location filename="../../ui/handouts/returns.py" line="357"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../ui/handouts/returns.py" line="357"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../ui/handouts/returns.py" line="357"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../ui/handouts/returns.py" line="364"/>
        <source>The files have errors, so nothing will be imported. Correct the cells listed and import again.</source>
        <translation>文件有错误，不会导入任何内容。请改正所列单元格后重新导入。</translation>
    </message>
    <message>
        <location filename="../../ui/handouts/returns.py" line="371"/>
        <source>%1: %2 rows of “%3”</source>
        <translation>%1：《%3》%2 行</translation>
    </message>
    <message>
        <location filename="../../ui/handouts/returns.py" line="372"/>
        <source> (replaces the earlier return)</source>
        <translation>（替换此前报送的内容）</translation>
    </message>
    <message>
        <location filename="../../ui/handouts/returns.py" line="375"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
</context>
</TS>
