using System.Text;
using System.Text.Json;
using Incidents.Cli.Validate;
using Incidents.Core;
using Incidents.Core.Interop;
using Incidents.Core.Interop.CodeMaps;
using Incidents.Core.Interop.Stix;
using Incidents.Core.Interop.Ucdp;
using Incidents.Core.Json;
using Incidents.Core.Validation;
using NodaTime;

namespace Incidents.Cli;

/// <summary><c>incidents convert</c> and <c>incidents export</c>.</summary>
internal static class Convert
{
    /// <summary>UCDP GED CSV → NDJSON of incidents, each row's import issues on standard error
    /// (<c>path:row: action column 'value': message</c>).</summary>
    public static async Task<int> UcdpAsync(string path, string? outputPath, bool strict, ToolConsole console, IClock clock, CancellationToken cancellationToken)
    {
        var input = new InputSource(path);
        if (!input.IsStandardInput && !File.Exists(path))
        {
            await console.Error.WriteLineAsync($"incidents: no such file: '{path}'").ConfigureAwait(false);
            return IncidentsTool.UsageOrIo;
        }

        await using PayloadStream payload = await PayloadStream.OpenAsync(input, console.StandardInput, cancellationToken).ConfigureAwait(false);
        using var text = new StreamReader(payload.Utf8, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        UcdpGedImporter.GedImportSession session;
        try
        {
            session = await UcdpGedImporter.OpenAsync(text, clock.GetCurrentInstant(), new GedImportOptions { Policy = strict ? GedImportPolicy.Strict : GedImportPolicy.Lenient }, cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidDataException e)
        {
            await console.Error.WriteLineAsync($"incidents: {input.DisplayName}: {e.Message}").ConfigureAwait(false);
            return IncidentsTool.Issues;
        }

        using (session)
        {
            if (!session.Header.CanImport)
            {
                await console.Error.WriteLineAsync($"incidents: {input.DisplayName}: not a GED file: it lacks {string.Join(", ", session.Header.MissingRequired)}").ConfigureAwait(false);
                return IncidentsTool.Issues;
            }

            await using Stream output = outputPath is null ? new TextWriterStream(console.Output) : File.Create(outputPath);
            long rows = 0, imported = 0, rejected = 0, issues = 0;
            string? stopped = null;
            await using IAsyncEnumerator<GedImportRow> reading = session.ReadRowsAsync(cancellationToken).GetAsyncEnumerator(cancellationToken);
            while (true)
            {
                try
                {
                    if (!await reading.MoveNextAsync().ConfigureAwait(false))
                    {
                        break;
                    }
                }
                catch (InvalidDataException e)
                {
                    // A row past GedImportOptions.MaxRowLength: the rows before it are converted; the file is not.
                    stopped = e.Message;
                    break;
                }

                GedImportRow row = reading.Current;
                rows++;
                foreach (GedImportIssue issue in row.Issues)
                {
                    issues++;
                    string value = issue.OriginalValue is { } v ? $" '{v}'" : string.Empty;
                    await console.Error.WriteLineAsync(OneLine.Of($"{input.DisplayName}:row {row.Row}: {Name(issue.Action)} {issue.Column}{value}: {issue.Message}")).ConfigureAwait(false);
                }

                if (row.Incident is { } incident)
                {
                    imported++;
                    await output.WriteAsync(IncidentJson.SerializeToUtf8Bytes(incident), cancellationToken).ConfigureAwait(false);
                    output.WriteByte((byte)'\n');
                }
                else
                {
                    rejected++;
                }
            }

            await output.FlushAsync(cancellationToken).ConfigureAwait(false);
            if (stopped is not null)
            {
                await console.Error.WriteLineAsync($"incidents: {input.DisplayName}: {stopped}").ConfigureAwait(false);
            }

            await console.Error.WriteLineAsync($"{input.DisplayName}: {IncidentsTool.Number(rows)} rows ({session.Header.Release.Name}), {IncidentsTool.Number(imported)} imported, {IncidentsTool.Number(rejected)} rejected; {IncidentsTool.Number(issues)} import issues{(stopped is null ? string.Empty : "; stopped before the end")}").ConfigureAwait(false);
            return rejected > 0 || stopped is not null ? IncidentsTool.Issues : IncidentsTool.Success;
        }
    }

    /// <summary>Incidents → another format, as they are read (memory stays flat whatever the file's size); documents
    /// that cannot be read are reported on standard error, the loss report (<c>incident: kind subject: description</c>)
    /// too unless a file is named.</summary>
    public static async Task<int> ExportAsync(string target, string path, string? outputPath, string? lossReportPath, ToolConsole console, IClock clock, CancellationToken cancellationToken)
    {
        var input = new InputSource(path);
        if (!input.IsStandardInput && !File.Exists(path))
        {
            await console.Error.WriteLineAsync($"incidents: no such file: '{path}'").ConfigureAwait(false);
            return IncidentsTool.UsageOrIo;
        }

        ExportTarget export = ExportTarget.Names[target].Create();
        long exported = 0, unreadable = 0, losses = 0;
        await using (PayloadStream payload = await PayloadStream.OpenAsync(input, console.StandardInput, cancellationToken).ConfigureAwait(false))
        await using (TextWriter? outputFile = outputPath is null ? null : Utf8File(outputPath))
        await using (TextWriter? lossFile = lossReportPath is null ? null : Utf8File(lossReportPath))
        {
            TextWriter output = outputFile ?? console.Output;
            TextWriter lossReport = lossFile ?? console.Error;
            export.Begin(output);
            var validator = new IncidentPayloadValidator(clock, new PayloadValidationOptions { CheckAcrossDocuments = false });
            await foreach (DocumentValidation document in validator.ValidateDocumentsAsync(payload.Utf8, cancellationToken).ConfigureAwait(false))
            {
                if (document.Incident is not { } incident)
                {
                    unreadable++;
                    ValidationIssue? first = document.Result.Issues.AsImmutableArray().FirstOrDefault();
                    await console.Error.WriteLineAsync(OneLine.Of($"{input.DisplayName}:{document.Line}: document {document.Index} not exported: {first?.Code} {first?.Message}")).ConfigureAwait(false);
                    continue;
                }

                exported++;
                foreach (Loss loss in export.Write(incident, output).Losses)
                {
                    losses++;
                    await lossReport.WriteAsync(OneLine.Of($"{incident.Id}: {loss.Kind} {loss.Subject}: {loss.Description}") + "\n").ConfigureAwait(false);
                }
            }

            export.End(output);
            await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        }

        await console.Error.WriteLineAsync($"{input.DisplayName}: {IncidentsTool.Number(exported)} incidents exported to {target}, {IncidentsTool.Number(unreadable)} not readable; {IncidentsTool.Number(losses)} losses").ConfigureAwait(false);
        return unreadable > 0 ? IncidentsTool.Issues : IncidentsTool.Success;
    }

    /// <summary>A file written as UTF-8 without a byte order mark, LF line ends as given.</summary>
    private static StreamWriter Utf8File(string path) => new(path, append: false, new UTF8Encoding(false)) { NewLine = "\n" };

    private static string Name(GedImportAction action) => action switch
    {
        GedImportAction.Normalized => "normalized",
        GedImportAction.ReadAsUnknown => "unknown",
        GedImportAction.Ignored => "ignored",
        GedImportAction.Rejected => "rejected",
        _ => action.ToString(),
    };

    /// <summary>UTF-8 bytes written to a text writer (standard output).</summary>
    private sealed class TextWriterStream(TextWriter writer) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush() => writer.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => writer.Write(Encoding.UTF8.GetString(buffer, offset, count));
    }
}
