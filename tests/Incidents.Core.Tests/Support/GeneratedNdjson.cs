using System.Text;
using Incidents.Cli;
using Incidents.Core.Json;

namespace Incidents.Core.Tests.Support;

/// <summary>NDJSON of any length, generated as it is read (nothing on disk, nothing held but a pool of lines): valid
/// incidents, or garbage of many kinds with a valid incident now and then. Shared by the tests (a few dozen megabytes)
/// and the benchmarks (2 GB).</summary>
internal static class GeneratedNdjson
{
    /// <summary>Lines of valid incidents (the library's own serialization of generated incidents; ids unique within
    /// the pool).</summary>
    internal static byte[][] ValidPool(int count = 1_000) =>
        [.. SampleIncidents.Generate(count).Select(i => IncidentJson.SerializeToUtf8Bytes(i))];

    /// <summary>Lines of garbage, one kind after another, with every <c>16</c>th line a valid incident: random bytes
    /// (mostly invalid UTF-8), documents cut short, documents with a byte changed, JSON that is not an object, deep
    /// nesting, hundreds of unknown properties, duplicate keys, escaped unpaired surrogates, numbers too large for any
    /// type, a string longer than the model keeps (once a pool), a lone byte order mark. (Which of them a reader accepts is for the reader to say: a
    /// changed byte may fall in free text.)</summary>
    internal static byte[][] GarbagePool(int count = 1_000, int seed = 11)
    {
        var random = new Random(seed);
        byte[][] valid = ValidPool(64);
        var lines = new byte[count][];
        for (int i = 0; i < count; i++)
        {
            byte[] document = valid[random.Next(valid.Length)];
            lines[i] = (i % 16) switch
            {
                0 => valid[i / 16 % valid.Length],
                1 => RandomBytes(random, random.Next(1, 300)),
                2 => document[..random.Next(1, document.Length - 1)],
                3 => ChangeOneByte(random, document),
                4 => Ascii(random.Next(4) switch { 0 => "42", 1 => "\"an incident\"", 2 => "null", _ => "[]" }),
                5 => Ascii(new string('[', 2_000) + new string(']', 2_000)),
                6 => Ascii("{" + string.Join(',', Enumerable.Range(0, 300).Select(n => $"\"x{n}\":{n}")) + "}"),
                7 => Ascii("{\"id\":\"a\",\"id\":\"b\",\"id\":\"c\"}"),
                8 => Ascii("{\"id\":\"\\ud800\",\"title\":\"\\udfff\\ud800\"}"),
                9 => Ascii("{\"schemaVersion\":\"1.1\",\"id\":\"big\",\"x\":1" + new string('9', 400) + "}"),
                10 => Ascii("{\"title\":\"" + new string('a', i == 10 ? 70_000 : 300) + "\"}"),
                11 => [0xEF, 0xBB, 0xBF],
                12 => Ascii("{\"schemaVersion\":\"9.0\",\"id\":\"future\"}"),
                13 => Ascii("{\"id\":[{\"id\":[{\"id\":[]}]}],\"timing\":{\"date\":\"2022-02-30\"}}"),
                14 => [.. document, .. RandomBytes(random, 8)],
                _ => Ascii("{"),
            };
        }

        return lines;
    }

    /// <summary>A stream of <paramref name="pool"/>'s lines again and again (each followed by <c>\n</c>) up to
    /// <paramref name="length"/> bytes, ending after a whole line; it counts the lines it gave.</summary>
    internal static LineStream Open(byte[][] pool, long length) => new(pool, length);

    private static byte[] Ascii(string text) => Encoding.ASCII.GetBytes(text);

    private static byte[] RandomBytes(Random random, int length)
    {
        byte[] bytes = new byte[length];
        random.NextBytes(bytes);
        bytes.AsSpan().Replace((byte)'\n', (byte)'~');

        // Never a blank line (which NDJSON skips): every line of the pool is a document.
        bytes[0] = bytes[0] is (byte)' ' or (byte)'\t' or (byte)'\r' ? (byte)'~' : bytes[0];
        return bytes;
    }

    private static byte[] ChangeOneByte(Random random, byte[] document)
    {
        byte[] copy = [.. document];
        int at = random.Next(copy.Length);
        copy[at] = (byte)random.Next(0x20, 0x100);
        if (copy[at] == document[at])
        {
            copy[at] = (byte)'\\';
        }

        return copy;
    }

    /// <summary>The stream <see cref="Open"/> returns: forward-only, generated as it is read.</summary>
    internal sealed class LineStream(byte[][] pool, long length) : ForwardOnlyStream
    {
        private int _line;
        private int _offset;

        /// <summary>Gets how many lines the stream has given in full.</summary>
        internal long Lines { get; private set; }

        /// <inheritdoc/>
        protected override int Fill(Span<byte> buffer)
        {
            int written = 0;
            while (written < buffer.Length && (_offset > 0 || Consumed + written < length))
            {
                byte[] line = pool[_line];
                if (_offset < line.Length)
                {
                    int n = Math.Min(buffer.Length - written, line.Length - _offset);
                    line.AsSpan(_offset, n).CopyTo(buffer[written..]);
                    written += n;
                    _offset += n;
                    continue;
                }

                buffer[written++] = (byte)'\n';
                _offset = 0;
                _line = (_line + 1) % pool.Length;
                Lines++;
            }

            return written;
        }
    }
}
