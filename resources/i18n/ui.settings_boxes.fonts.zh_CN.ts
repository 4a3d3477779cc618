<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name />
    <message>
        <location filename="../../ui/settings_boxes/fonts.py" line="24" />
        <source>Titles (Xiaobiaosong)</source>
        <translation>标题（小标宋）</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/fonts.py" line="25" />
        <source>Body text (FangSong)</source>
        <translation>正文（仿宋）</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/fonts.py" line="26" />
        <source>SimSun</source>
        <translation>宋体</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/fonts.py" line="27" />
        <source>KaiTi</source>
        <translation>楷体</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/fonts.py" line="28" />
        <source>SimHei</source>
        <translation>黑体</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/fonts.py" line="34" />
        <source>chosen in settings</source>
        <translation>设置中指定</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/fonts.py" line="35" />
        <source>Windows fonts</source>
        <translation>Windows 字体</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/fonts.py" line="36" />
        <source>system fonts</source>
        <translation>系统字体</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/fonts.py" line="37" />
        <source>bundled with Huiwu</source>
        <translation>程序自带</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/fonts.py" line="47" />
        <source>Print fonts</source>
        <translation>打印字体</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/fonts.py" line="51" />
        <source>Documents print in these fonts. Only TrueType fonts (.ttf, .ttc) can be embedded in PDF files; OpenType/CFF fonts (.otf) are refused.</source>
        <translation>文档按以下字体打印。PDF 只能嵌入 TrueType 字体（.ttf、.ttc）；OpenType/CFF 字体（.otf）无法使用。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/fonts.py" line="59" />
        <source>Looking for fonts…</source>
        <translation>正在查找字体…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/fonts.py" line="64" />
        <source>Choose font file…</source>
        <translation>选择字体文件…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/fonts.py" line="68" />
        <source>Use automatic</source>
        <translation>自动选择</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/fonts.py" line="100" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/fonts.py" line="102" />
        <source>Characters this face lacks are printed from:</source>
        <translation>本字体缺少的字改用以下字体打印：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/fonts.py" line="106" />
        <source> Install the office's fonts or choose files above to print in the faces GB/T 9704 names.</source>
        <translation>安装单位电脑的标准字体，或在上方选择字体文件，即可按 GB/T 9704 规定的字体打印。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/fonts.py" line="110" />
        <source>Every role prints in a face of its own kind.</source>
        <translation>各类文字均使用对应的标准字体打印。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/fonts.py" line="119" />
        <source>Choose a font file for %1</source>
        <translation>为“%1”选择字体文件</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/fonts.py" line="120" />
        <source>Font files (*.ttf *.ttc *.otf)</source>
        <translation>字体文件 (*.ttf *.ttc *.otf)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/fonts.py" line="143" />
        <source>This font cannot be used for printing: %1</source>
        <translation>该字体不能用于打印：%1</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/fonts.py" line="144" />
        <source>Font not changed.</source>
        <translation>字体未更改。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/fonts.py" line="158" />
        <source>Print font for %1 saved.</source>
        <translation>“%1”的打印字体已保存。</translation>
    </message>
</context>
</TS>