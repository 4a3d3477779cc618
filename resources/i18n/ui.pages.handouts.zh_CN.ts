<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../ui/pages/handouts.py" line="40"/>
        <source>Standalone</source>
        <translation>独立</translation>
    </message>
    <message>
        <location filename="../../ui/pages/handouts.py" line="41"/>
        <source>Updated</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <location filename="../../ui/pages/handouts.py" line="47"/>
        <source>Search handouts</source>
        <translation>搜索明白纸</translation>
    </message>
    <message>
        <location filename="../../ui/pages/handouts.py" line="50"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../ui/pages/handouts.py" line="39"/>
        <source>Handout title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/pages/handouts.py" line="40"/>
        <source>Linked meeting</source>
        <translation>关联会议</translation>
    </message>
    <message>
        <location filename="../../ui/pages/handouts.py" line="51"/>
        <source>Duplicate handout</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../ui/pages/handouts.py" line="52"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/pages/handouts.py" line="61"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/pages/handouts.py" line="65"/>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/handouts.py" line="69"/>
        <source>Discard changes</source>
        <translation>放弃修改</translation>
    </message>
    <message>
        <location filename="../../ui/pages/handouts.py" line="85"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../ui/pages/handouts.py" line="86"/>
        <source>Returns</source>
        <translation>回收</translation>
    </message>
    <message>
        <location filename="../../ui/pages/handouts.py" line="198"/>
        <source>Unsaved handout</source>
        <translation>明白纸未保存</translation>
    </message>
    <message>
        <location filename="../../ui/pages/handouts.py" line="198"/>
        <source>The handout has unsaved changes. Discard them?</source>
        <translation>明白纸有未保存的修改，放弃这些修改吗？</translation>
    </message>
    <message>
        <location filename="../../ui/pages/handouts.py" line="201"/>
        <source>New handout</source>
        <translation>新明白纸</translation>
    </message>
    <message>
        <location filename="../../ui/pages/handouts.py" line="215"/>
        <source>New handout: fill in the fields and save with Ctrl+S.</source>
        <translation>新建明白纸：填写各项内容后按 Ctrl+S 保存。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/handouts.py" line="242"/>
        <source>Handout “%1” saved.</source>
        <translation>明白纸“%1”已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/handouts.py" line="246"/>
        <source>Saving the handout…</source>
        <translation>正在保存明白纸…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/handouts.py" line="251"/>
        <source>Choose the handout to copy in the list first.</source>
        <translation>请先在列表中选择要复制的明白纸。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/handouts.py" line="260"/>
        <source>Copied as “%1”; link it to a meeting and adapt it.</source>
        <translation>已复制为“%1”，请关联会议并修改内容。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/handouts.py" line="269"/>
        <source>Delete handout</source>
        <translation>删除明白纸</translation>
    </message>
    <message>
        <location filename="../../ui/pages/handouts.py" line="269"/>
        <source>Delete the handout “%1”?</source>
        <translation>确定删除明白纸“%1”吗？</translation>
    </message>
    <message>
        <location filename="../../ui/pages/handouts.py" line="277"/>
        <source>Handout “%1” deleted.</source>
        <translation>明白纸“%1”已删除。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/handouts.py" line="287"/>
        <source>Handout</source>
        <translation>明白纸</translation>
    </message>
</context>
</TS>
