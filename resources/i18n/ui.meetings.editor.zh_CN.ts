<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name />
    <message>
        <location filename="../../ui/meetings/editor.py" line="144" />
        <source>Basics</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="145" />
        <location filename="../../ui/meetings/editor.py" line="887" />
        <source>Agenda</source>
        <translation>议程</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="146" />
        <source>Participants</source>
        <translation>参会人员</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="147" />
        <source>Checklist</source>
        <translation>会务清单</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="148" />
        <source>Decisions</source>
        <translation>议定事项</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="149" />
        <location filename="../../ui/meetings/editor.py" line="887" />
        <source>Notice</source>
        <translation>会议通知</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="150" />
        <source>History</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="156" />
        <source>Mark scheduled</source>
        <translation>标记已安排</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="156" />
        <source>Mark notified</source>
        <translation>标记已通知</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="157" />
        <source>Start</source>
        <translation>开始会议</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="157" />
        <source>Finish</source>
        <translation>结束会议</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="163" />
        <source>Cancel meeting…</source>
        <translation>取消会议…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="164" />
        <source>Hold again…</source>
        <translation>再开一次…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="165" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="167" />
        <location filename="../../ui/meetings/editor.py" line="176" />
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="168" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="170" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="213" />
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="219" />
        <location filename="../../ui/meetings/editor.py" line="228" />
        <location filename="../../ui/meetings/editor.py" line="279" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="239" />
        <source>e.g. 1年, 6个月 or 长期</source>
        <translation>如：1年、6个月、长期</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="242" />
        <location filename="../../ui/meetings/editor.py" line="287" />
        <source>Secrecy term</source>
        <translation>保密期限</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="249" />
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="254" />
        <source>Meeting name</source>
        <translation>会议名称</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="255" />
        <source>Meeting kind</source>
        <translation>会议类型</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="256" />
        <source>Meeting time</source>
        <translation>会议时间</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="257" />
        <source>Venue</source>
        <translation>会议室</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="258" />
        <source>Video link</source>
        <translation>视频会议链接</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="259" />
        <source>Host unit</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="260" />
        <source>Undertaking unit</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="261" />
        <source>Chair</source>
        <translation>主持</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="262" />
        <source>Confidentiality</source>
        <translation>密级</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="263" />
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="264" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="286" />
        <source>Topic</source>
        <translation>议题</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="286" />
        <source>Presenting unit</source>
        <translation>汇报单位</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="286" />
        <source>Presenter</source>
        <translation>汇报人</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="286" />
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="287" />
        <source>Attending units (列席)</source>
        <translation>列席单位</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="293" />
        <source>Drag a number to reorder the topics</source>
        <translation>拖动左侧序号可调整议题顺序</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="309" />
        <source>Add topic</source>
        <translation>添加议题</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="310" />
        <source>Remove topic</source>
        <translation>删除议题</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="311" />
        <source>Attending units…</source>
        <translation>列席单位…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="313" />
        <source>Move up (Ctrl+Up)</source>
        <translation>上移（Ctrl+↑）</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="314" />
        <source>Move down (Ctrl+Down)</source>
        <translation>下移（Ctrl+↓）</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="326" />
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="326" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="326" />
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="326" />
        <location filename="../../ui/meetings/editor.py" line="349" />
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="334" />
        <source>Add a person: name or pinyin initials, Enter adds</source>
        <translation>添加人员：输入姓名或拼音首字母，回车添加</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="353" />
        <source>Add unit's leaders</source>
        <translation>按单位添加（主要负责人）</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="355" />
        <source>Add group</source>
        <translation>按分组添加</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="356" />
        <source>Paste names…</source>
        <translation>粘贴名单…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="357" />
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="381" />
        <source>New meeting</source>
        <translation>新建会议</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="391" />
        <source>Meeting: </source>
        <translation>会议：</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="430" />
        <source> (deleted)</source>
        <translation>（已删除）</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="433" />
        <source>Status: </source>
        <translation>状态：</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="458" />
        <source>If saved now, this meeting clashes with the schedule:</source>
        <translation>按当前填写保存，将与以下安排冲突：</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="497" />
        <source>Only 秘密, 机密 and 绝密 have a secrecy term</source>
        <translation>只有秘密、机密、绝密需要填写保密期限</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="503" />
        <source>%1 minutes</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="287" />
        <source>Classification</source>
        <translation>密级</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="175" />
        <source>Save the meeting</source>
        <translation>保存会议</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="530" />
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="534" />
        <source>A classified topic: its materials are collected as soon as it ends, and the notice and agenda carry the highest classification of the meeting and its topics</source>
        <translation>涉密议题：该议题结束后即收回材料；会议通知和议程按会议及其议题中的最高密级标注</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="546" />
        <source>Double-click to choose the units attending this topic</source>
        <translation>双击选择列席本议题的单位</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="554" />
        <source>Units attending this topic</source>
        <translation>列席本议题的单位</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="647" />
        <source>Agenda %1 of %2 minutes</source>
        <translation>议题合计 %1 分钟 / 会议时长 %2 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="674" />
        <source>%1 people</source>
        <translation>共 %1 人</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="710" />
        <source>Added %1 people</source>
        <translation>已添加 %1 人</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="712" />
        <source>; already listed (not added again): </source>
        <translation>；已在名单中，不再重复添加：</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="715" />
        <source>Already listed (not added again): </source>
        <translation>已在名单中，不再重复添加：</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="732" />
        <location filename="../../ui/meetings/editor.py" line="740" />
        <source>Paste names</source>
        <translation>粘贴名单</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="733" />
        <source>Names separated by spaces, commas or new lines:</source>
        <translation>粘贴姓名，用空格、逗号、顿号或换行分隔：</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="765" />
        <source>Still saving…</source>
        <translation>正在保存，请稍候…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="772" />
        <source>Meeting finished</source>
        <translation>会议已结束</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="773" />
        <source>This meeting has finished. Changing its participants changes the attendance records. Save anyway?</source>
        <translation>会议已结束，修改参会人员会改变出勤记录。确定保存吗？</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="790" />
        <location filename="../../ui/meetings/editor.py" line="827" />
        <location filename="../../ui/meetings/editor.py" line="1251" />
        <source>Saving</source>
        <translation>正在保存</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="798" />
        <location filename="../../ui/meetings/editor.py" line="1051" />
        <source>Saved: </source>
        <translation>已保存：</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="800" />
        <source> — %1 warning(s)</source>
        <translation>，有 %1 条提醒</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="831" />
        <location filename="../../ui/meetings/editor.py" line="947" />
        <location filename="../../ui/meetings/editor.py" line="953" />
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="831" />
        <source>Save your changes first (Ctrl+S).</source>
        <translation>请先保存修改（Ctrl+S）。</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="835" />
        <source>Status changed to </source>
        <translation>会议状态已改为</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="838" />
        <source>Cancel meeting</source>
        <translation>取消会议</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="838" />
        <source>Reason for cancelling:</source>
        <translation>取消原因：</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="841" />
        <source>Meeting cancelled</source>
        <translation>会议已取消</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="848" />
        <source>Hold again</source>
        <translation>再开一次</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="859" />
        <source>Same meeting, new start time (it starts as a draft):</source>
        <translation>同样的会议，新的开始时间（新会议为草稿）：</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="865" />
        <source>New meeting created</source>
        <translation>已新建会议</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="872" />
        <source>Meeting restored</source>
        <translation>会议已恢复</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="874" />
        <source>Delete meeting</source>
        <translation>删除会议</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="875" />
        <source>Delete %1? It can be restored from the “Deleted” filter.</source>
        <translation>删除“%1”？删除后可在“已删除”中恢复。</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="876" />
        <source>Meeting deleted</source>
        <translation>会议已删除</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="881" />
        <source>Save the meeting before printing.</source>
        <translation>请先保存会议再打印。</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="887" />
        <source>Sign-in sheet</source>
        <translation>签到表</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="888" />
        <source>Handout</source>
        <translation>明白纸</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="888" />
        <source>Seating chart</source>
        <translation>座次表</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="889" />
        <source>Table cards</source>
        <translation>席卡</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="889" />
        <source>Decisions follow-up list</source>
        <translation>督办清单</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="893" />
        <source>Rostrum members…</source>
        <translation>主席台人员…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="913" />
        <source>Printing is not installed yet</source>
        <translation>打印功能尚未安装</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="933" />
        <source>Numbered copies</source>
        <translation>编号印制</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="934" />
        <source>This meeting is classified: each copy is numbered (000001, 000002, …) above its classification mark, for the hand-out register. How many copies?</source>
        <translation>本会议为涉密会议：每份在密级上方标注份号（000001、000002……），便于分发登记。印制几份？</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="939" />
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="940" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="947" />
        <location filename="../../ui/meetings/editor.py" line="953" />
        <source>Close without saving your changes?</source>
        <translation>有未保存的修改，确定不保存就关闭吗？</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="967" />
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="968" />
        <location filename="../../ui/meetings/editor.py" line="1115" />
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="969" />
        <location filename="../../ui/meetings/editor.py" line="1116" />
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="970" />
        <source>Offset</source>
        <translation>时间节点</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="971" />
        <location filename="../../ui/meetings/editor.py" line="1117" />
        <source>Due</source>
        <translation>到期时间</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="972" />
        <location filename="../../ui/meetings/editor.py" line="1118" />
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="973" />
        <location filename="../../ui/meetings/editor.py" line="1139" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="974" />
        <source>Done by</source>
        <translation>完成人及时间</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="975" />
        <location filename="../../ui/meetings/editor.py" line="1046" />
        <source>Remark</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="989" />
        <source>Done / undo (Space)</source>
        <translation>完成 / 撤销（空格）</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="990" />
        <source>Remark…</source>
        <translation>备注…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="991" />
        <source>Add item…</source>
        <translation>添加清单项…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="992" />
        <location filename="../../ui/meetings/editor.py" line="1066" />
        <source>Remove item</source>
        <translation>删除清单项</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="993" />
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="994" />
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="998" />
        <source>Save as template…</source>
        <translation>存为模板…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1004" />
        <source>Template files with errors (built-in lists used instead): </source>
        <translation>以下清单模板文件有错误（已改用内置清单）：</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1019" />
        <source>%1 of %2 done</source>
        <translation>已完成 %1 / %2 项</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1039" />
        <source>Done: </source>
        <translation>已完成：</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1039" />
        <source>Marked not done: </source>
        <translation>已改为未完成：</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1062" />
        <source>Added: </source>
        <translation>已添加：</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1066" />
        <source>Remove “%1” from this meeting's checklist?</source>
        <translation>从本会议的清单中删除“%1”？</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1068" />
        <source>Removed: </source>
        <translation>已删除：</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1074" />
        <source>Order changed</source>
        <translation>顺序已调整</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1080" />
        <source>Save as template</source>
        <translation>存为模板</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1080" />
        <source>Template name:</source>
        <translation>模板名称：</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1081" />
        <source> checklist</source>
        <translation>会务清单</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1084" />
        <source>Saved as template: </source>
        <translation>已存为模板：</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1090" />
        <source>Add checklist item</source>
        <translation>添加清单项</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1103" />
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1103" />
        <source>working days</source>
        <translation>个工作日</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1103" />
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1104" />
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1113" />
        <source>at</source>
        <translation>时刻</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1135" />
        <source>Decision</source>
        <translation>议定事项</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1136" />
        <source>Responsible unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1137" />
        <source>Responsible person</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1138" />
        <source>Deadline</source>
        <translation>办结时限</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1140" />
        <source>Latest feedback</source>
        <translation>最新反馈</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1148" />
        <source>New decision…</source>
        <translation>新增议定事项…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1149" />
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1150" />
        <source>Add feedback…</source>
        <translation>登记反馈…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1151" />
        <source>Mark done</source>
        <translation>办结</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1152" />
        <source>Close (销号)</source>
        <translation>销号</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1166" />
        <source>Saved decision: </source>
        <translation>已保存议定事项：</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1204" />
        <source>Regenerate from the meeting</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1205" />
        <source>Save notice</source>
        <translation>保存通知</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1206" />
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1227" />
        <source>Edited text (kept as you wrote it).</source>
        <translation>这是修改过的通知文字（按您的修改保存）。</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1228" />
        <source>Generated from the meeting; edit and save to keep your wording.</source>
        <translation>根据会议信息自动生成；修改后点“保存通知”即保留您的文字。</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1229" />
        <source>The printed notice is this text, line by line: one line, one paragraph.</source>
        <translation>打印的通知与此处文字逐行一致：一行即一段。</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1249" />
        <source>Notice saved</source>
        <translation>会议通知已保存</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1259" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1260" />
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1261" />
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1262" />
        <source>Changes</source>
        <translation>修改内容</translation>
    </message>
</context>
</TS>