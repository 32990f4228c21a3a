using System.Diagnostics;
using System.Globalization;

namespace Incidents.Cli.Validate;

/// <summary>One status line on standard error while a run reads its inputs — bytes and documents per second and, for
/// a file of known size, the time left — redrawn in place; only when standard error is a terminal.</summary>
/// <remarks>A single line rather than Spectre.Console's live display: the line is all the tool needs, it leaves the
/// terminal's cursor and scroll-back alone, and the tool keeps one dependency fewer.</remarks>
internal sealed class Progress(TextWriter terminal) : IDisposable
{
    private readonly Lock _gate = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private Timer? _timer;
    private InputSource? _input;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<InputSource, PayloadStream.CountingStream> _counters = new();
    private long _length = -1;
    private long _documents;
    private long _startedAt;
    private int _written;

    public void Begin(InputSource input)
    {
        lock (_gate)
        {
            _input = input;
            _startedAt = _clock.ElapsedMilliseconds;
            _length = !input.IsStandardInput && File.Exists(input.Path) ? new FileInfo(input.Path).Length : -1;
            _timer ??= new Timer(_ => Draw(), null, 250, 250);
        }
    }

    /// <summary>Follows an input's bytes (inputs start before their turn to be shown when several run at once).</summary>
    public void Track(InputSource input, PayloadStream.CountingStream counter) => _counters[input] = counter;

    public void Document() => Interlocked.Increment(ref _documents);

    public void End()
    {
        lock (_gate)
        {
            _timer?.Dispose();
            _timer = null;
            Clear();
        }
    }

    public void Dispose() => End();

    private void Draw()
    {
        lock (_gate)
        {
            if (_input is null || _timer is null)
            {
                return;
            }

            double seconds = Math.Max(0.001, (_clock.ElapsedMilliseconds - _startedAt) / 1000.0);
            long bytes = _counters.TryGetValue(_input, out PayloadStream.CountingStream? counter) ? counter.BytesRead : 0;
            long documents = Interlocked.Read(ref _documents);
            string eta = _length > 0 && bytes > 0 && bytes < _length ? $", {TimeSpan.FromSeconds((_length - bytes) / (bytes / seconds)):mm\\:ss} left" : string.Empty;
            string size = _length >= 0 ? $" of {Megabytes(_length)}" : string.Empty;
            string line = string.Create(CultureInfo.InvariantCulture, $"{_input.DisplayName}: {Megabytes(bytes)}{size} ({Megabytes((long)(bytes / seconds))}/s), {documents:N0} documents in all ({documents / (_clock.ElapsedMilliseconds / 1000.0 + 0.001):N0}/s){eta}");
            Clear();
            terminal.Write(line);
            terminal.Flush();
            _written = line.Length;
        }
    }

    private void Clear()
    {
        if (_written > 0)
        {
            terminal.Write("\r" + new string(' ', _written) + "\r");
            terminal.Flush();
            _written = 0;
        }
    }

    private static string Megabytes(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1048576.0:0.0} MB");
}
