using Microsoft.Extensions.FileSystemGlobbing;

namespace Incidents.Cli.Validate;

/// <summary>One thing to validate: a file, or standard input.</summary>
/// <param name="Path">The path as given or found (relative paths stay relative); <c>-</c> for standard input.</param>
internal sealed record InputSource(string Path)
{
    /// <summary>Gets whether this is standard input.</summary>
    public bool IsStandardInput => Path == "-";

    /// <summary>Gets the name to show: the path, or <c>&lt;stdin&gt;</c>.</summary>
    public string DisplayName => IsStandardInput ? "<stdin>" : Path;

    /// <summary>Gets the path without a final <c>.gz</c>: the name of what is inside.</summary>
    public string NameWithoutGzip => WithoutGzip(Path);

    /// <summary>Returns a path without a final <c>.gz</c>.</summary>
    public static string WithoutGzip(string path) => path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? path[..^3] : path;
}

/// <summary>Turns the command line's files, folders, globs and <c>-</c> into inputs, in a stable order.</summary>
internal static class Inputs
{
    /// <summary>The names a folder's payloads have (also under <c>.gz</c>).</summary>
    private static readonly string[] s_payloadExtensions = [".json", ".ndjson", ".jsonl"];

    /// <summary>Expands the arguments. A folder gives its payload files (recursively, in ordinal order); a glob (with
    /// <c>*</c>, <c>?</c> or <c>**</c>) the files it matches, in ordinal order.</summary>
    /// <param name="arguments">The arguments as given.</param>
    /// <param name="errors">Arguments that name nothing, with the reason.</param>
    /// <returns>The inputs, each file once.</returns>
    public static List<InputSource> Expand(IReadOnlyList<string> arguments, List<string> errors)
    {
        var inputs = new List<InputSource>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Add(string path)
        {
            if (path == "-" || seen.Add(System.IO.Path.GetFullPath(path)))
            {
                inputs.Add(new InputSource(path));
            }
        }

        foreach (string argument in arguments)
        {
            if (argument == "-")
            {
                Add("-");
            }
            else if (File.Exists(argument))
            {
                Add(argument);
            }
            else if (Directory.Exists(argument))
            {
                List<string> found = [.. Directory.EnumerateFiles(argument, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = false, AttributesToSkip = FileAttributes.None })
                    .Where(IsPayloadName)
                    .Order(StringComparer.Ordinal)];
                if (found.Count == 0)
                {
                    errors.Add($"the folder '{argument}' has no .json, .ndjson or .jsonl file (nor one of those gzipped)");
                }

                found.ForEach(Add);
            }
            else if (argument.StartsWith('-'))
            {
                errors.Add($"unknown option '{argument}' (a file whose name starts with '-' can be given as ./{argument})");
            }
            else if (argument.AsSpan().IndexOfAny("*?") >= 0)
            {
                List<string> matched = Glob(argument);
                if (matched.Count == 0)
                {
                    errors.Add($"no file matches '{argument}'");
                }

                matched.ForEach(Add);
            }
            else
            {
                errors.Add($"no such file or folder: '{argument}'");
            }
        }

        return inputs;
    }

    private static bool IsPayloadName(string path)
    {
        string name = InputSource.WithoutGzip(path);
        return s_payloadExtensions.Any(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The files a glob matches: the part before the first segment with a wildcard is the folder searched.</summary>
    private static List<string> Glob(string pattern)
    {
        string normalized = pattern.Replace('\\', '/');
        string[] segments = normalized.Split('/');
        int first = Array.FindIndex(segments, s => s.AsSpan().IndexOfAny("*?") >= 0);
        string root = first == 0 ? "." : string.Join('/', segments[..first]);
        if (root.Length == 0)
        {
            root = "/";
        }

        if (!Directory.Exists(root))
        {
            return [];
        }

        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(string.Join('/', segments[first..]));
        return [.. matcher.GetResultsInFullPath(root)
            .Select(full => first == 0 ? System.IO.Path.GetRelativePath(".", full) : System.IO.Path.Combine(root, System.IO.Path.GetRelativePath(root, full)))
            .Order(StringComparer.Ordinal)];
    }
}
