<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../ui/meetings/editor.py" line="144"/>
        <source>Basics</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="145"/>
        <location filename="../../ui/meetings/editor.py" line="983"/>
        <source>Agenda</source>
        <translation>议程</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="146"/>
        <source>Participants</source>
        <translation>参会人员</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="147"/>
        <source>Checklist</source>
        <translation>会务清单</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="148"/>
        <source>Decisions</source>
        <translation>议定事项</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="150"/>
        <location filename="../../ui/meetings/editor.py" line="983"/>
        <source>Notice</source>
        <translation>会议通知</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="153"/>
        <source>History</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="159"/>
        <source>Mark scheduled</source>
        <translation>标记已安排</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="159"/>
        <source>Mark notified</source>
        <translation>标记已通知</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="160"/>
        <source>Start</source>
        <translation>开始会议</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="160"/>
        <source>Finish</source>
        <translation>结束会议</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="166"/>
        <source>Cancel meeting…</source>
        <translation>取消会议…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="167"/>
        <source>Hold again…</source>
        <translation>再开一次…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="168"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="169"/>
        <source>File away…</source>
        <translation>归档…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="172"/>
        <location filename="../../ui/meetings/editor.py" line="181"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="173"/>
        <location filename="../../ui/meetings/editor.py" line="880"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="175"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="220"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="226"/>
        <location filename="../../ui/meetings/editor.py" line="235"/>
        <location filename="../../ui/meetings/editor.py" line="286"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="246"/>
        <source>e.g. 1年, 6个月 or 长期</source>
        <translation>如：1年、6个月、长期</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="249"/>
        <location filename="../../ui/meetings/editor.py" line="294"/>
        <source>Secrecy term</source>
        <translation>保密期限</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="256"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="261"/>
        <source>Meeting name</source>
        <translation>会议名称</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="262"/>
        <source>Meeting kind</source>
        <translation>会议类型</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="263"/>
        <source>Meeting time</source>
        <translation>会议时间</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="264"/>
        <source>Venue</source>
        <translation>会议室</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="265"/>
        <source>Video link</source>
        <translation>视频会议链接</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="266"/>
        <source>Host unit</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="267"/>
        <source>Undertaking unit</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="268"/>
        <source>Chair</source>
        <translation>主持</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="269"/>
        <source>Confidentiality</source>
        <translation>密级</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="270"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="271"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="293"/>
        <source>Topic</source>
        <translation>议题</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="293"/>
        <source>Presenting unit</source>
        <translation>汇报单位</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="293"/>
        <source>Presenter</source>
        <translation>汇报人</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="293"/>
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="294"/>
        <source>Attending units (列席)</source>
        <translation>列席单位</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="300"/>
        <source>Drag a number to reorder the topics</source>
        <translation>拖动左侧序号可调整议题顺序</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="316"/>
        <source>Add topic</source>
        <translation>添加议题</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="317"/>
        <source>Remove topic</source>
        <translation>删除议题</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="318"/>
        <source>Attending units…</source>
        <translation>列席单位…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="320"/>
        <source>Move up (Ctrl+Up)</source>
        <translation>上移（Ctrl+↑）</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="321"/>
        <source>Move down (Ctrl+Down)</source>
        <translation>下移（Ctrl+↓）</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="333"/>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="333"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="333"/>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="333"/>
        <location filename="../../ui/meetings/editor.py" line="356"/>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="341"/>
        <source>Add a person: name or pinyin initials, Enter adds</source>
        <translation>添加人员：输入姓名或拼音首字母，回车添加</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="360"/>
        <source>Add unit&apos;s leaders</source>
        <translation>按单位添加（主要负责人）</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="362"/>
        <source>Add group</source>
        <translation>按分组添加</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="363"/>
        <source>Paste names…</source>
        <translation>粘贴名单…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="364"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="388"/>
        <source>New meeting</source>
        <translation>新建会议</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="398"/>
        <source>Meeting: </source>
        <translation>会议：</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="493"/>
        <source> (deleted)</source>
        <translation>（已删除）</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="498"/>
        <source>Status: </source>
        <translation>状态：</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="520"/>
        <source>If saved now, this meeting clashes with the schedule:</source>
        <translation>按当前填写保存，将与以下安排冲突：</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="559"/>
        <source>Only 秘密, 机密 and 绝密 have a secrecy term</source>
        <translation>只有秘密、机密、绝密需要填写保密期限</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="565"/>
        <source>%1 minutes</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="294"/>
        <source>Classification</source>
        <translation>密级</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="149"/>
        <location filename="../../ui/meetings/editor.py" line="987"/>
        <source>Minutes of the meeting</source>
        <translation>纪要</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="151"/>
        <source>Replies</source>
        <translation>回执</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="152"/>
        <source>Classified materials</source>
        <translation>涉密材料</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="170"/>
        <source>File the meeting away: one archive PDF of its papers, then frozen</source>
        <translation>会议归档：把会议材料合成一份归档卷 PDF，归档后冻结</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="180"/>
        <source>Save the meeting</source>
        <translation>保存会议</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="449"/>
        <source>For a classified meeting, or one with a classified topic</source>
        <translation>用于涉密会议或含涉密议题的会议</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="504"/>
        <source>Save the meeting before filing it.</source>
        <translation>请先保存会议，再归档。</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="592"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="596"/>
        <source>A classified topic: its materials are collected as soon as it ends, and the notice and agenda carry the highest classification of the meeting and its topics</source>
        <translation>涉密议题：该议题结束后即收回材料；会议通知和议程按会议及其议题中的最高密级标注</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="608"/>
        <source>Double-click to choose the units attending this topic</source>
        <translation>双击选择列席本议题的单位</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="616"/>
        <source>Units attending this topic</source>
        <translation>列席本议题的单位</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="709"/>
        <source>Agenda %1 of %2 minutes</source>
        <translation>议题合计 %1 分钟 / 会议时长 %2 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="736"/>
        <source>%1 people</source>
        <translation>共 %1 人</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="772"/>
        <source>Added %1 people</source>
        <translation>已添加 %1 人</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="774"/>
        <source>; already listed (not added again): </source>
        <translation>；已在名单中，不再重复添加：</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="777"/>
        <source>Already listed (not added again): </source>
        <translation>已在名单中，不再重复添加：</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="794"/>
        <location filename="../../ui/meetings/editor.py" line="802"/>
        <source>Paste names</source>
        <translation>粘贴名单</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="795"/>
        <source>Names separated by spaces, commas or new lines:</source>
        <translation>粘贴姓名，用空格、逗号、顿号或换行分隔：</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="827"/>
        <source>Still saving…</source>
        <translation>正在保存，请稍候…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="834"/>
        <source>Meeting finished</source>
        <translation>会议已结束</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="835"/>
        <source>This meeting has finished. Changing its participants changes the attendance records. Save anyway?</source>
        <translation>会议已结束，修改参会人员会改变出勤记录。确定保存吗？</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="855"/>
        <location filename="../../ui/meetings/editor.py" line="899"/>
        <location filename="../../ui/meetings/editor.py" line="923"/>
        <location filename="../../ui/meetings/editor.py" line="1361"/>
        <source>Saving</source>
        <translation>正在保存</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="863"/>
        <location filename="../../ui/meetings/editor.py" line="1161"/>
        <source>Saved: </source>
        <translation>已保存：</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="865"/>
        <source> — %1 warning(s)</source>
        <translation>，有 %1 条提醒</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="877"/>
        <source>Reason for the change</source>
        <translation>变更原因</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="878"/>
        <source>The week is finalised, so this is printed as a change:
%1

Why was it changed?</source>
        <translation>本周会议安排已定稿，这次修改将作为变更印出：
%1

变更原因：</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="881"/>
        <source>Give it later</source>
        <translation>稍后填写</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="893"/>
        <source>Reason for the change saved.</source>
        <translation>已保存变更原因。</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="927"/>
        <location filename="../../ui/meetings/editor.py" line="1057"/>
        <location filename="../../ui/meetings/editor.py" line="1063"/>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="927"/>
        <source>Save your changes first (Ctrl+S).</source>
        <translation>请先保存修改（Ctrl+S）。</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="931"/>
        <source>Status changed to </source>
        <translation>会议状态已改为</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="934"/>
        <source>Cancel meeting</source>
        <translation>取消会议</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="934"/>
        <source>Reason for cancelling:</source>
        <translation>取消原因：</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="937"/>
        <source>Meeting cancelled</source>
        <translation>会议已取消</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="944"/>
        <source>Hold again</source>
        <translation>再开一次</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="955"/>
        <source>Same meeting, new start time (it starts as a draft):</source>
        <translation>同样的会议，新的开始时间（新会议为草稿）：</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="961"/>
        <source>New meeting created</source>
        <translation>已新建会议</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="968"/>
        <source>Meeting restored</source>
        <translation>会议已恢复</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="970"/>
        <source>Delete meeting</source>
        <translation>删除会议</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="971"/>
        <source>Delete %1? It can be restored from the “Deleted” filter.</source>
        <translation>删除“%1”？删除后可在“已删除”中恢复。</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="972"/>
        <source>Meeting deleted</source>
        <translation>会议已删除</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="977"/>
        <source>Save the meeting before printing.</source>
        <translation>请先保存会议再打印。</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="983"/>
        <source>Sign-in sheet</source>
        <translation>签到表</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="984"/>
        <source>Attendance result sheet</source>
        <translation>签到结果表</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="985"/>
        <source>Handout</source>
        <translation>明白纸</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="985"/>
        <source>Seating chart</source>
        <translation>座次表</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="986"/>
        <source>Table cards</source>
        <translation>席卡</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="986"/>
        <source>Decisions follow-up list</source>
        <translation>督办清单</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="992"/>
        <source>Classified material register</source>
        <translation>涉密材料发放回收登记表</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="996"/>
        <source>Rostrum members…</source>
        <translation>主席台人员…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1016"/>
        <source>Printing is not installed yet</source>
        <translation>打印功能尚未安装</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1039"/>
        <source>Numbered copies</source>
        <translation>编号印制</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1040"/>
        <source>This meeting is classified: each copy is numbered (000001, 000002, …) above its classification mark, for the hand-out register. How many copies?</source>
        <translation>本会议为涉密会议：每份在密级上方标注份号（000001、000002……），便于分发登记。印制几份？</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1045"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1046"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1057"/>
        <location filename="../../ui/meetings/editor.py" line="1063"/>
        <source>Close without saving your changes?</source>
        <translation>有未保存的修改，确定不保存就关闭吗？</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1077"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1078"/>
        <location filename="../../ui/meetings/editor.py" line="1225"/>
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1079"/>
        <location filename="../../ui/meetings/editor.py" line="1226"/>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1080"/>
        <source>Offset</source>
        <translation>时间节点</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1081"/>
        <location filename="../../ui/meetings/editor.py" line="1227"/>
        <source>Due</source>
        <translation>到期时间</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1082"/>
        <location filename="../../ui/meetings/editor.py" line="1228"/>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1083"/>
        <location filename="../../ui/meetings/editor.py" line="1249"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1084"/>
        <source>Done by</source>
        <translation>完成人及时间</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1085"/>
        <location filename="../../ui/meetings/editor.py" line="1156"/>
        <source>Remark</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1099"/>
        <source>Done / undo (Space)</source>
        <translation>完成 / 撤销（空格）</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1100"/>
        <source>Remark…</source>
        <translation>备注…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1101"/>
        <source>Add item…</source>
        <translation>添加清单项…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1102"/>
        <location filename="../../ui/meetings/editor.py" line="1176"/>
        <source>Remove item</source>
        <translation>删除清单项</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1103"/>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1104"/>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1108"/>
        <source>Save as template…</source>
        <translation>存为模板…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1114"/>
        <source>Template files with errors (built-in lists used instead): </source>
        <translation>以下清单模板文件有错误（已改用内置清单）：</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1129"/>
        <source>%1 of %2 done</source>
        <translation>已完成 %1 / %2 项</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1149"/>
        <source>Done: </source>
        <translation>已完成：</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1149"/>
        <source>Marked not done: </source>
        <translation>已改为未完成：</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1172"/>
        <source>Added: </source>
        <translation>已添加：</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1176"/>
        <source>Remove “%1” from this meeting&apos;s checklist?</source>
        <translation>从本会议的清单中删除“%1”？</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1178"/>
        <source>Removed: </source>
        <translation>已删除：</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1184"/>
        <source>Order changed</source>
        <translation>顺序已调整</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1190"/>
        <source>Save as template</source>
        <translation>存为模板</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1190"/>
        <source>Template name:</source>
        <translation>模板名称：</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1191"/>
        <source> checklist</source>
        <translation>会务清单</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1194"/>
        <source>Saved as template: </source>
        <translation>已存为模板：</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1200"/>
        <source>Add checklist item</source>
        <translation>添加清单项</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1213"/>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1213"/>
        <source>working days</source>
        <translation>个工作日</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1213"/>
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1214"/>
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1223"/>
        <source>at</source>
        <translation>时刻</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1245"/>
        <source>Decision</source>
        <translation>议定事项</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1246"/>
        <source>Responsible unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1247"/>
        <source>Responsible person</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1248"/>
        <source>Deadline</source>
        <translation>办结时限</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1250"/>
        <source>Latest feedback</source>
        <translation>最新反馈</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1258"/>
        <source>New decision…</source>
        <translation>新增议定事项…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1259"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1260"/>
        <source>Add feedback…</source>
        <translation>登记反馈…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1261"/>
        <source>Mark done</source>
        <translation>办结</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1262"/>
        <source>Close (销号)</source>
        <translation>销号</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1276"/>
        <source>Saved decision: </source>
        <translation>已保存议定事项：</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1314"/>
        <source>Regenerate from the meeting</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1315"/>
        <source>Save notice</source>
        <translation>保存通知</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1316"/>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1337"/>
        <source>Edited text (kept as you wrote it).</source>
        <translation>这是修改过的通知文字（按您的修改保存）。</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1338"/>
        <source>Generated from the meeting; edit and save to keep your wording.</source>
        <translation>根据会议信息自动生成；修改后点“保存通知”即保留您的文字。</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1339"/>
        <source>The printed notice is this text, line by line: one line, one paragraph.</source>
        <translation>打印的通知与此处文字逐行一致：一行即一段。</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1359"/>
        <source>Notice saved</source>
        <translation>会议通知已保存</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1369"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1370"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1371"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/editor.py" line="1372"/>
        <source>Changes</source>
        <translation>修改内容</translation>
    </message>
</context>
</TS>
