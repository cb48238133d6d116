using System;
using System.IO;
using System.Linq;
using System.Text;

namespace NaverWorks.HelpBuilder;

/// <summary>A file the tool would write: where, and exactly which bytes.</summary>
/// <param name="Path">Full path.</param>
/// <param name="Content">The bytes.</param>
public sealed record HelpFile(string Path, byte[] Content)
{
    /// <summary>UTF-8 without BOM: markdown, XML (which declares its encoding).</summary>
    public static readonly UTF8Encoding Utf8 = new(false);

    /// <summary>A text file in UTF-8 without BOM.</summary>
    public static HelpFile Text(string path, string text) => new(path, Utf8.GetBytes(text));

    /// <summary>True when the file on disk already has these bytes.</summary>
    public bool IsCurrent() => File.Exists(Path) && File.ReadAllBytes(Path).AsSpan().SequenceEqual(Content);

    /// <summary>Writes the file unless it is current; returns true when it wrote.</summary>
    public bool WriteIfChanged()
    {
        if (IsCurrent()) return false;
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        File.WriteAllBytes(Path, Content);
        return true;
    }
}
