<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../ui/meetings/secret_register.py" line="80"/>
        <source>Copy no.</source>
        <translation>份号</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/secret_register.py" line="81"/>
        <location filename="../../ui/meetings/secret_register.py" line="347"/>
        <source>Material</source>
        <translation>材料名称</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/secret_register.py" line="82"/>
        <location filename="../../ui/meetings/secret_register.py" line="349"/>
        <source>Classification</source>
        <translation>密级</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/secret_register.py" line="83"/>
        <location filename="../../ui/meetings/secret_register.py" line="385"/>
        <source>Recipient</source>
        <translation>领取人</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/secret_register.py" line="83"/>
        <source>(not assigned)</source>
        <translation>（未指定）</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/secret_register.py" line="84"/>
        <location filename="../../ui/meetings/secret_register.py" line="386"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/secret_register.py" line="85"/>
        <source>Handed out at</source>
        <translation>领取时间</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/secret_register.py" line="86"/>
        <source>Came back at</source>
        <translation>退回时间</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/secret_register.py" line="87"/>
        <source>Handled by</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/secret_register.py" line="88"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/secret_register.py" line="95"/>
        <source>Register material…</source>
        <translation>登记材料…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/secret_register.py" line="96"/>
        <source>Hand out</source>
        <translation>发放</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/secret_register.py" line="97"/>
        <source>Take back (scan)…</source>
        <translation>回收（扫描）…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/secret_register.py" line="98"/>
        <source>Type or scan each copy number and press Enter</source>
        <translation>逐份扫描或输入份号，按回车</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/secret_register.py" line="99"/>
        <source>Undo return</source>
        <translation>撤销收回</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/secret_register.py" line="100"/>
        <source>Another recipient…</source>
        <translation>改领取人…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/secret_register.py" line="101"/>
        <source>Remove material</source>
        <translation>删除材料</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/secret_register.py" line="103"/>
        <source>Print copies…</source>
        <translation>按份印制…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/secret_register.py" line="104"/>
        <source>Print register</source>
        <translation>打印登记表</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/secret_register.py" line="107"/>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/secret_register.py" line="132"/>
        <source>All materials</source>
        <translation>全部材料</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/secret_register.py" line="140"/>
        <source>This meeting and its topics are not classified: only state secrets are registered.</source>
        <translation>本会议及其议题均不涉密：只有国家秘密材料才按份号登记。</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/secret_register.py" line="185"/>
        <source>Registered: %1, %2 copies</source>
        <translation>已登记：%1，共 %2 份</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/secret_register.py" line="199"/>
        <source>Choose a material (or copies) to hand out.</source>
        <translation>请先选择要发放的材料（或选中若干份）。</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/secret_register.py" line="204"/>
        <source>Handed out %1 copies</source>
        <translation>已发放 %1 份</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/secret_register.py" line="210"/>
        <source>Choose a copy that was taken back.</source>
        <translation>请选择一份已收回的材料。</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/secret_register.py" line="214"/>
        <source>Return undone: %1 is out again</source>
        <translation>已撤销收回：%1 重新记为未收回</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/secret_register.py" line="220"/>
        <source>Choose a copy first.</source>
        <translation>请先选择一份。</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/secret_register.py" line="229"/>
        <source>%1 now goes to %2</source>
        <translation>%1 改由 %2 领取</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/secret_register.py" line="238"/>
        <location filename="../../ui/meetings/secret_register.py" line="262"/>
        <source>Choose a material first.</source>
        <translation>请先选择一份材料。</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/secret_register.py" line="241"/>
        <source>Removed: %1</source>
        <translation>已删除：%1</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/secret_register.py" line="252"/>
        <source>Classified material register</source>
        <translation>涉密材料发放回收登记表</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/secret_register.py" line="268"/>
        <source>Print the registered copies</source>
        <translation>按登记份号印制</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/secret_register.py" line="275"/>
        <source>“%1”: %2 copies, each printed with its copy number and recipient on the first page. Which of the app&apos;s documents are these copies?</source>
        <translation>“%1”共 %2 份，每份首页印上份号和领取人。这些份是本系统的哪一种文档？</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/secret_register.py" line="280"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/secret_register.py" line="281"/>
        <location filename="../../ui/meetings/secret_register.py" line="357"/>
        <location filename="../../ui/meetings/secret_register.py" line="388"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/secret_register.py" line="320"/>
        <source>Register a classified material</source>
        <translation>登记涉密材料</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/secret_register.py" line="328"/>
        <location filename="../../ui/meetings/secret_register.py" line="500"/>
        <source>(the whole meeting)</source>
        <translation>（整个会议）</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/secret_register.py" line="336"/>
        <source>As its topic, else the meeting</source>
        <translation>随议题，无议题则随会议</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/secret_register.py" line="341"/>
        <source>e.g. 1年; empty: as its topic or the meeting</source>
        <translation>如 1年；不填则随议题或会议</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/secret_register.py" line="345"/>
        <source>One per participant</source>
        <translation>每位参会人员一份</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/secret_register.py" line="348"/>
        <source>Topic</source>
        <translation>议题</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/secret_register.py" line="350"/>
        <source>Secrecy term</source>
        <translation>保密期限</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/secret_register.py" line="351"/>
        <source>Copies</source>
        <translation>份数</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/secret_register.py" line="352"/>
        <source>Copies are numbered 000001, 000002 … and go to the participants in their order; change a recipient afterwards with “Another recipient…”.</source>
        <translation>各份依次编为 000001、000002……，按参会人员排序号分给每人；领取人可随后用“改领取人…”修改。</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/secret_register.py" line="356"/>
        <source>Register</source>
        <translation>登记</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/secret_register.py" line="376"/>
        <source>Recipient of %1</source>
        <translation>%1 的领取人</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/secret_register.py" line="377"/>
        <source>Name or pinyin</source>
        <translation>姓名或拼音</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/secret_register.py" line="383"/>
        <source>Unit (for someone not in the directory)</source>
        <translation>单位（通讯录以外的人员填写）</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/secret_register.py" line="407"/>
        <source>Take back classified copies</source>
        <translation>涉密材料回收</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/secret_register.py" line="421"/>
        <source>Copy number, then Enter</source>
        <translation>输入份号后按回车</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/secret_register.py" line="426"/>
        <source>Ready: scan or type the first copy number.</source>
        <translation>就绪：请扫描或输入第一份的份号。</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/secret_register.py" line="438"/>
        <source>Still out (by topic and unit)</source>
        <translation>尚未收回（按议题、单位）</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/secret_register.py" line="443"/>
        <source>Undo the last return</source>
        <translation>撤销刚才的收回</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/secret_register.py" line="446"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/secret_register.py" line="449"/>
        <source>Material:</source>
        <translation>材料：</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/secret_register.py" line="476"/>
        <source>All materials (type material-copy, e.g. 2-000003)</source>
        <translation>全部材料（输入“材料序号-份号”，如 2-000003）</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/secret_register.py" line="489"/>
        <source>Type or scan the copy number and press Enter: 3 or 000003. A copy of another material: its number, a dash and the copy number (2-000003).</source>
        <translation>扫描或输入份号后按回车：3 或 000003 均可。其他材料的份：材料序号、短横、份号（如 2-000003）。</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/secret_register.py" line="492"/>
        <source>Several materials: type the material&apos;s number, a dash and the copy number (2-000003), or choose one material above and type the copy number alone.</source>
        <translation>有多份材料：请输入“材料序号-份号”（如 2-000003），或在上方选定一份材料后只输入份号。</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/secret_register.py" line="496"/>
        <source>Back %1 of %2 handed out; %3 still out</source>
        <translation>已发出 %2 份，收回 %1 份，仍有 %3 份未收回</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/secret_register.py" line="502"/>
        <source>(no unit)</source>
        <translation>（无单位）</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/secret_register.py" line="537"/>
        <source>Every copy is back.</source>
        <translation>已全部收回。</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/secret_register.py" line="553"/>
        <source>Undone: %1 is out again</source>
        <translation>已撤销：%1 重新记为未收回</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/secret_register.py" line="526"/>
        <source>Register updated</source>
        <translation>登记表已更新</translation>
    </message>
</context>
</TS>
