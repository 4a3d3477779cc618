<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../ui/errors.py" line="47"/>
        <source>This record was changed by someone else meanwhile. Nothing was saved; reopen it and try again.</source>
        <translation>这条记录已被其他人修改，您的修改没有保存；请重新打开后再改。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="52"/>
        <source>The database could not be reached or is busy. Nothing was changed. Details: </source>
        <translation>数据库无法连接或正忙，未作任何修改。详情：</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="54"/>
        <source>The database refused the change. Nothing was saved. Details: </source>
        <translation>数据库拒绝了这次修改，未保存任何内容。详情：</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="56"/>
        <source>A file could not be read or written: </source>
        <translation>文件无法读取或写入：</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="59"/>
        <source>An unexpected error occurred; it has been written to the log. Details: </source>
        <translation>发生意外错误，已写入日志。详情：</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="65"/>
        <source>Huiwu</source>
        <translation>会务</translation>
    </message>
</context>
</TS>
