using System.Diagnostics;
using System.Globalization;

namespace TalkExport.Cli.Infrastructure;

/// <summary>
/// A one-line "reading…" progress on stderr, only when stderr is a terminal and only once the
/// work has taken longer than a second (a short run prints nothing). Cleared when disposed.
/// </summary>
internal sealed class ProgressIndicator : IDisposable
{
    private static readonly TimeSpan Delay = TimeSpan.FromSeconds(1);
    private readonly TextWriter _error;
    private readonly string _label;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Timer? _timer;
    private readonly object _gate = new();
    private int _width;
    private bool _done;

    public ProgressIndicator(TextWriter error, string label, bool enabled)
    {
        _error = error;
        _label = label;
        if (enabled)
        {
            _timer = new Timer(_ => Tick(), null, Delay, TimeSpan.FromMilliseconds(250));
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _done = true;
            _timer?.Dispose();
            if (_width > 0)
            {
                _error.Write("\r" + new string(' ', _width) + "\r");
                _error.Flush();
            }
        }
    }

    private void Tick()
    {
        lock (_gate)
        {
            if (_done)
            {
                return;
            }

            var spinner = "|/-\\"[(int)(_clock.ElapsedMilliseconds / 250 % 4)];
            var text = string.Create(CultureInfo.InvariantCulture, $"\r{spinner} {_label} {_clock.Elapsed.TotalSeconds:F0} s");
            _width = Math.Max(_width, text.Length);
            _error.Write(text);
            _error.Flush();
        }
    }
}
