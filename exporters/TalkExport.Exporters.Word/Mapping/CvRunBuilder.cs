using System.Text;

namespace TalkExport.Exporters.Word.Mapping;

/// <summary>Collects runs, merging neighbours with the same formatting so the document stays small.</summary>
internal sealed class CvRunBuilder
{
    private readonly List<CvRun> _runs = [];
    private readonly StringBuilder _pending = new();
    private bool _bold;
    private bool _italic;

    public CvRunBuilder Text(string text, bool bold = false, bool italic = false)
    {
        if (text.Length == 0)
        {
            return this;
        }

        if (_pending.Length > 0 && (bold != _bold || italic != _italic))
        {
            Flush();
        }

        _bold = bold;
        _italic = italic;
        _pending.Append(text);
        return this;
    }

    public CvRunBuilder Link(string label, Uri address)
    {
        Flush();
        _runs.Add(new CvRun(label) { Link = address });
        return this;
    }

    /// <summary>The last character written so far, or '\0'.</summary>
    public char LastChar => _pending.Length > 0 ? _pending[^1] : _runs.Count > 0 && _runs[^1].Text.Length > 0 ? _runs[^1].Text[^1] : '\0';

    /// <summary>Adds a period unless the text already ends with sentence punctuation.</summary>
    public CvRunBuilder EndSentence(bool bold = false, bool italic = false) =>
        LastChar is '.' or '?' or '!' ? this : Text(".", bold, italic);

    public IReadOnlyList<CvRun> Build()
    {
        Flush();
        return [.. _runs];
    }

    private void Flush()
    {
        if (_pending.Length > 0)
        {
            _runs.Add(new CvRun(_pending.ToString()) { Bold = _bold, Italic = _italic });
            _pending.Clear();
        }
    }
}
