<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../ui/meetings/editor.py" line="142"/>
        <source>Basics</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="143"/>
        <location filename="../../ui/meetings/editor.py" line="760"/>
        <source>Agenda</source>
        <translation>议程</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="144"/>
        <source>Participants</source>
        <translation>参会人员</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="145"/>
        <source>Checklist</source>
        <translation>会务清单</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="146"/>
        <source>Decisions</source>
        <translation>议定事项</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="147"/>
        <location filename="../../ui/meetings/editor.py" line="760"/>
        <source>Notice</source>
        <translation>会议通知</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="148"/>
        <source>History</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="154"/>
        <source>Mark scheduled</source>
        <translation>标记已安排</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="154"/>
        <source>Mark notified</source>
        <translation>标记已通知</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="155"/>
        <source>Start</source>
        <translation>开始会议</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="155"/>
        <source>Finish</source>
        <translation>结束会议</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="161"/>
        <source>Cancel meeting…</source>
        <translation>取消会议…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="162"/>
        <source>Hold again…</source>
        <translation>再开一次…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="163"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="165"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="166"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="169"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="211"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="217"/>
        <location filename="../../ui/meetings/editor.py" line="226"/>
        <location filename="../../ui/meetings/editor.py" line="264"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="237"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="242"/>
        <source>Meeting name</source>
        <translation>会议名称</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="243"/>
        <source>Meeting kind</source>
        <translation>会议类型</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="244"/>
        <source>Meeting time</source>
        <translation>会议时间</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="245"/>
        <source>Venue</source>
        <translation>会议室</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="246"/>
        <source>Video link</source>
        <translation>视频会议链接</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="247"/>
        <source>Host unit</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="248"/>
        <source>Undertaking unit</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="249"/>
        <source>Chair</source>
        <translation>主持</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="250"/>
        <source>Confidentiality</source>
        <translation>密级</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="251"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="252"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="271"/>
        <source>Topic</source>
        <translation>议题</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="271"/>
        <source>Presenting unit</source>
        <translation>汇报单位</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="271"/>
        <source>Presenter</source>
        <translation>汇报人</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="271"/>
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="277"/>
        <source>Drag a number to reorder the topics</source>
        <translation>拖动左侧序号可调整议题顺序</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="289"/>
        <source>Add topic</source>
        <translation>添加议题</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="290"/>
        <source>Remove topic</source>
        <translation>删除议题</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="291"/>
        <source>Move up (Ctrl+Up)</source>
        <translation>上移（Ctrl+↑）</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="292"/>
        <source>Move down (Ctrl+Down)</source>
        <translation>下移（Ctrl+↓）</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="304"/>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="304"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="304"/>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="304"/>
        <location filename="../../ui/meetings/editor.py" line="327"/>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="312"/>
        <source>Add a person: name or pinyin initials, Enter adds</source>
        <translation>添加人员：输入姓名或拼音首字母，回车添加</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="331"/>
        <source>Add unit&apos;s leaders</source>
        <translation>按单位添加（主要负责人）</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="333"/>
        <source>Add group</source>
        <translation>按分组添加</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="334"/>
        <source>Paste names…</source>
        <translation>粘贴名单…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="335"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="358"/>
        <source>New meeting</source>
        <translation>新建会议</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="368"/>
        <source>Meeting: </source>
        <translation>会议：</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="399"/>
        <source> (deleted)</source>
        <translation>（已删除）</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="402"/>
        <source>Status: </source>
        <translation>状态：</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="438"/>
        <source>%1 minutes</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="531"/>
        <source>Agenda %1 of %2 minutes</source>
        <translation>议题合计 %1 分钟 / 会议时长 %2 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="556"/>
        <source>%1 people</source>
        <translation>共 %1 人</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="592"/>
        <source>Added %1 people</source>
        <translation>已添加 %1 人</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="594"/>
        <source>; already listed (not added again): </source>
        <translation>；已在名单中，不再重复添加：</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="597"/>
        <source>Already listed (not added again): </source>
        <translation>已在名单中，不再重复添加：</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="614"/>
        <location filename="../../ui/meetings/editor.py" line="622"/>
        <source>Paste names</source>
        <translation>粘贴名单</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="615"/>
        <source>Names separated by spaces, commas or new lines:</source>
        <translation>粘贴姓名，用空格、逗号、顿号或换行分隔：</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="651"/>
        <source>Meeting finished</source>
        <translation>会议已结束</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="652"/>
        <source>This meeting has finished. Changing its participants changes the attendance records. Save anyway?</source>
        <translation>会议已结束，修改参会人员会改变出勤记录。确定保存吗？</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="664"/>
        <location filename="../../ui/meetings/editor.py" line="700"/>
        <location filename="../../ui/meetings/editor.py" line="1078"/>
        <source>Saving</source>
        <translation>正在保存</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="671"/>
        <location filename="../../ui/meetings/editor.py" line="888"/>
        <source>Saved: </source>
        <translation>已保存：</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="673"/>
        <source> — %1 warning(s)</source>
        <translation>，有 %1 条提醒</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="704"/>
        <location filename="../../ui/meetings/editor.py" line="780"/>
        <location filename="../../ui/meetings/editor.py" line="786"/>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="704"/>
        <source>Save your changes first (Ctrl+S).</source>
        <translation>请先保存修改（Ctrl+S）。</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="708"/>
        <source>Status changed to </source>
        <translation>会议状态已改为</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="711"/>
        <source>Cancel meeting</source>
        <translation>取消会议</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="711"/>
        <source>Reason for cancelling:</source>
        <translation>取消原因：</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="714"/>
        <source>Meeting cancelled</source>
        <translation>会议已取消</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="721"/>
        <source>Hold again</source>
        <translation>再开一次</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="732"/>
        <source>Same meeting, new start time (it starts as a draft):</source>
        <translation>同样的会议，新的开始时间（新会议为草稿）：</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="738"/>
        <source>New meeting created</source>
        <translation>已新建会议</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="745"/>
        <source>Meeting restored</source>
        <translation>会议已恢复</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="747"/>
        <source>Delete meeting</source>
        <translation>删除会议</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="748"/>
        <source>Delete %1? It can be restored from the “Deleted” filter.</source>
        <translation>删除“%1”？删除后可在“已删除”中恢复。</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="749"/>
        <source>Meeting deleted</source>
        <translation>会议已删除</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="754"/>
        <source>Save the meeting before printing.</source>
        <translation>请先保存会议再打印。</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="760"/>
        <source>Sign-in sheet</source>
        <translation>签到表</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="761"/>
        <source>Handout</source>
        <translation>明白纸</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="761"/>
        <source>Seating chart</source>
        <translation>座次表</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="762"/>
        <source>Table cards</source>
        <translation>席卡</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="762"/>
        <source>Decisions follow-up list</source>
        <translation>督办清单</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="775"/>
        <source>Printing is not installed yet</source>
        <translation>打印功能尚未安装</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="780"/>
        <location filename="../../ui/meetings/editor.py" line="786"/>
        <source>Close without saving your changes?</source>
        <translation>有未保存的修改，确定不保存就关闭吗？</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="804"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="805"/>
        <location filename="../../ui/meetings/editor.py" line="952"/>
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="806"/>
        <location filename="../../ui/meetings/editor.py" line="953"/>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="807"/>
        <source>Offset</source>
        <translation>时间节点</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="808"/>
        <location filename="../../ui/meetings/editor.py" line="954"/>
        <source>Due</source>
        <translation>到期时间</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="809"/>
        <location filename="../../ui/meetings/editor.py" line="955"/>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="810"/>
        <location filename="../../ui/meetings/editor.py" line="976"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="811"/>
        <source>Done by</source>
        <translation>完成人及时间</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="812"/>
        <location filename="../../ui/meetings/editor.py" line="883"/>
        <source>Remark</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="826"/>
        <source>Done / undo (Space)</source>
        <translation>完成 / 撤销（空格）</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="827"/>
        <source>Remark…</source>
        <translation>备注…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="828"/>
        <source>Add item…</source>
        <translation>添加清单项…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="829"/>
        <location filename="../../ui/meetings/editor.py" line="903"/>
        <source>Remove item</source>
        <translation>删除清单项</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="830"/>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="831"/>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="835"/>
        <source>Save as template…</source>
        <translation>存为模板…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="841"/>
        <source>Template files with errors (built-in lists used instead): </source>
        <translation>以下清单模板文件有错误（已改用内置清单）：</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="856"/>
        <source>%1 of %2 done</source>
        <translation>已完成 %1 / %2 项</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="876"/>
        <source>Done: </source>
        <translation>已完成：</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="876"/>
        <source>Marked not done: </source>
        <translation>已改为未完成：</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="899"/>
        <source>Added: </source>
        <translation>已添加：</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="903"/>
        <source>Remove “%1” from this meeting&apos;s checklist?</source>
        <translation>从本会议的清单中删除“%1”？</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="905"/>
        <source>Removed: </source>
        <translation>已删除：</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="911"/>
        <source>Order changed</source>
        <translation>顺序已调整</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="917"/>
        <source>Save as template</source>
        <translation>存为模板</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="917"/>
        <source>Template name:</source>
        <translation>模板名称：</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="918"/>
        <source> checklist</source>
        <translation>会务清单</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="921"/>
        <source>Saved as template: </source>
        <translation>已存为模板：</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="927"/>
        <source>Add checklist item</source>
        <translation>添加清单项</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="940"/>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="940"/>
        <source>working days</source>
        <translation>个工作日</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="940"/>
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="941"/>
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="950"/>
        <source>at</source>
        <translation>时刻</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="972"/>
        <source>Decision</source>
        <translation>议定事项</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="973"/>
        <source>Responsible unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="974"/>
        <source>Responsible person</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="975"/>
        <source>Deadline</source>
        <translation>办结时限</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="977"/>
        <source>Latest feedback</source>
        <translation>最新反馈</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="985"/>
        <source>New decision…</source>
        <translation>新增议定事项…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="986"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="987"/>
        <source>Add feedback…</source>
        <translation>登记反馈…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="988"/>
        <source>Mark done</source>
        <translation>办结</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="989"/>
        <source>Close (销号)</source>
        <translation>销号</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1003"/>
        <source>Saved decision: </source>
        <translation>已保存议定事项：</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1039"/>
        <source>Regenerate from the meeting</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1040"/>
        <source>Save notice</source>
        <translation>保存通知</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1041"/>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1053"/>
        <source>Edited text (kept as you wrote it).</source>
        <translation>这是修改过的通知文字（按您的修改保存）。</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1054"/>
        <source>Generated from the meeting; edit and save to keep your wording.</source>
        <translation>根据会议信息自动生成；修改后点“保存通知”即保留您的文字。</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1076"/>
        <source>Notice saved</source>
        <translation>会议通知已保存</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1086"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1087"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1088"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1089"/>
        <source>Changes</source>
        <translation>修改内容</translation>
    </message>
</context>
</TS>
