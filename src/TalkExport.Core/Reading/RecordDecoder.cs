using System.Buffers;
using System.Globalization;
using System.Text;
using TalkExport.Core.Exporting;
using TalkExport.Core.Files;
using TalkExport.Core.Model;

namespace TalkExport.Core.Reading;

/// <summary>Reads a record file's bytes within the size limit and decodes them as strict UTF-8.</summary>
internal static class RecordDecoder
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// The file's text, or null with an error (too large, unreadable, invalid UTF-8 with its byte offset).
    /// Null without a diagnostic, and <paramref name="notARecord"/> set, for a file that is a record only
    /// with front matter (<see cref="RecordFile.OnlyWithFrontMatter"/>) and has none.
    /// </summary>
    /// <remarks>
    /// The text is decoded into a pooled buffer rather than a string: the reader parses each record
    /// once and keeps only the values, so the file's text need not outlive the parse. Dispose the
    /// result to hand the buffer back.
    /// </remarks>
    public static PooledText? Read(RecordFile file, ReaderLimits limits, ICollection<Diagnostic> diagnostics, out bool notARecord)
    {
        notARecord = false;
        using var handle = ReadableFile.Open(file.FullPath, file.NamedByUser ? FileTrust.User : FileTrust.Site, out var problem);
        if (handle is null)
        {
            diagnostics.Add(Diagnostic.Error(ReaderDiagnosticCodes.ReadFailed, file.DisplayPath, 0, 0, "not read: " + problem));
            return null;
        }

        byte[]? rented = null;
        try
        {
            if (handle.Kind != FileKind.Regular)
            {
                // A FIFO or device the user named: its length is unknown until read, within the limit.
                var streamed = handle.ReadAll(limits.MaxFileBytes, out problem);
                if (streamed is null)
                {
                    diagnostics.Add(Diagnostic.Error(ReaderDiagnosticCodes.FileTooLarge, file.DisplayPath, 0, 0, "not read: " + problem));
                    return null;
                }

                return Decode(streamed, file, diagnostics);
            }

            var length = handle.Length;
            if (length > limits.MaxFileBytes)
            {
                Span<byte> head = stackalloc byte[8];
                if (file.OnlyWithFrontMatter && !RecordDiscovery.LooksLikeFrontMatter(head[..handle.Read(head)]))
                {
                    notARecord = true;
                    return null;
                }

                diagnostics.Add(Diagnostic.Error(ReaderDiagnosticCodes.FileTooLarge, file.DisplayPath, 0, 0, ReadableFile.TooLarge(length, limits.MaxFileBytes)));
                return null;
            }

            // Pooled: the bytes live only until decoded, and thousands of records would churn the GC.
            rented = ArrayPool<byte>.Shared.Rent((int)length);
            var bytes = rented.AsSpan(0, handle.Read(rented.AsSpan(0, (int)length)));
            if (file.OnlyWithFrontMatter && !RecordDiscovery.LooksLikeFrontMatter(bytes))
            {
                notARecord = true;
                return null;
            }

            return Decode(bytes, file, diagnostics);
        }
        catch (IOException e)
        {
            diagnostics.Add(Diagnostic.Error(ReaderDiagnosticCodes.ReadFailed, file.DisplayPath, 0, 0, "cannot read the file: " + e.Message));
            return null;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    private static PooledText? Decode(ReadOnlySpan<byte> bytes, RecordFile file, ICollection<Diagnostic> diagnostics)
    {
        var chars = ArrayPool<char>.Shared.Rent(Strict.GetMaxCharCount(bytes.Length));
        try
        {
            return new PooledText(chars, Strict.GetChars(bytes, chars));
        }
        catch (DecoderFallbackException e)
        {
            ArrayPool<char>.Shared.Return(chars);
            var offset = e.Index >= 0 ? FirstInvalidByte(bytes) : 0;
            var before = bytes[..offset];
            var line = before.Count((byte)'\n') + 1;
            var column = offset - (before.LastIndexOf((byte)'\n') + 1) + 1;
            diagnostics.Add(Diagnostic.Error(ReaderDiagnosticCodes.InvalidUtf8, file.DisplayPath, line, column, $"the file is not valid UTF-8 (byte offset {offset.ToString(CultureInfo.InvariantCulture)}, byte 0x{bytes[offset].ToString("X2", CultureInfo.InvariantCulture)}); save it as UTF-8"));
            return null;
        }
    }

    // The decoder's index is relative to its internal buffer; find the exact byte ourselves.
    private static int FirstInvalidByte(ReadOnlySpan<byte> bytes)
    {
        var span = bytes;
        var offset = 0;
        while (offset < span.Length)
        {
            var status = System.Text.Rune.DecodeFromUtf8(span[offset..], out _, out var consumed);
            if (status != System.Buffers.OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return Math.Max(span.Length - 1, 0);
    }
}
