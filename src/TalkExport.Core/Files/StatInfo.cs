using TalkExport.Core.Exporting;

namespace TalkExport.Core.Files;

/// <summary>What <c>stat(2)</c> says of a file: identity, type bits, size and modification time (ns since the epoch).</summary>
internal readonly record struct StatInfo(ulong Device, ulong Inode, uint Mode, long Size, long ModifiedTime = 0)
{
    /// <summary>The file's kind from its type bits.</summary>
    public FileKind Kind => (Mode & 0xF000) switch
    {
        0x8000 => FileKind.Regular,
        0x4000 => FileKind.Directory,
        0x2000 or 0x1000 => FileKind.Stream,
        _ => FileKind.Other,
    };

    /// <summary>True for a block device (never read or written).</summary>
    public bool IsBlockDevice => (Mode & 0xF000) == 0x6000;
}
