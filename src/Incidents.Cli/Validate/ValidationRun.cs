using System.Threading.Channels;
using Incidents.Core.Json;
using Incidents.Core.Validation;
using NodaTime;

namespace Incidents.Cli.Validate;

/// <summary>What <c>incidents validate</c> was asked to do.</summary>
internal sealed record ValidateSettings
{
    public PayloadFormat Format { get; init; }

    public string FormatName { get; init; } = "auto";

    /// <summary>The <c>--format</c> names and the payload forms they stand for.</summary>
    public static IReadOnlyDictionary<string, PayloadFormat> FormatNames { get; } = new Dictionary<string, PayloadFormat>(StringComparer.Ordinal)
    {
        ["auto"] = PayloadFormat.Auto,
        ["json"] = PayloadFormat.Document,
        ["array"] = PayloadFormat.Array,
        ["ndjson"] = PayloadFormat.Ndjson,
    };

    public bool Strict { get; init; }

    public ValidationSeverity FailOn { get; init; } = ValidationSeverity.Error;

    public int MaxIssues { get; init; } = 100;

    public bool AllowBom { get; init; }

    public string Output { get; init; } = "text";

    public int Jobs { get; init; } = Environment.ProcessorCount;

    public bool Verbose { get; init; }

    /// <summary>Whether a file's documents are checked against each other (<see cref="PayloadValidationOptions.CheckAcrossDocuments"/>).</summary>
    public bool AcrossDocuments { get; init; } = true;

    /// <summary>Declared prefixes of extension property names (<see cref="PayloadValidationOptions.DeclaredExtensionPrefixes"/>).</summary>
    public string[] ExtensionPrefixes { get; init; } = [];

    /// <summary>The issues of one file kept for a whole-run report (JSON, SARIF); the rest are counted.</summary>
    public int MaxIssuesKeptPerFile { get; init; } = 10_000;
}

/// <summary>One issue, where it is.</summary>
/// <param name="Document">The document's index in its file (0-based), −1 for a check across documents.</param>
internal sealed record IssueRecord(long Document, string? IncidentId, long? Line, long? Column, ValidationSeverity Severity, string Code, string Pointer, string Message);

/// <summary>What one input gave.</summary>
internal sealed class FileOutcome(InputSource input)
{
    public InputSource Input { get; } = input;

    public string Format { get; set; } = "auto";

    public string Encoding { get; set; } = "utf-8";

    public bool Gzip { get; set; }

    public long Documents { get; set; }

    public long Valid { get; set; }

    public long Invalid { get; set; }

    public long Errors { get; set; }

    public long Warnings { get; set; }

    public long Infos { get; set; }

    public long IssuesNotKept { get; set; }

    public List<IssueRecord> Issues { get; } = [];

    public List<string> IncidentIds { get; } = [];

    /// <summary>Gets or sets why the input could not be read (an I/O error, not a validation issue).</summary>
    public string? Failure { get; set; }

    public bool Completed { get; set; }

    public long CountAtOrAbove(ValidationSeverity severity) => severity switch
    {
        ValidationSeverity.Error => Errors,
        ValidationSeverity.Warning => Errors + Warnings,
        _ => Errors + Warnings + Infos,
    };

    public void Count(ValidationSeverity severity)
    {
        switch (severity)
        {
            case ValidationSeverity.Error: Errors++; break;
            case ValidationSeverity.Warning: Warnings++; break;
            default: Infos++; break;
        }
    }
}

/// <summary>Validates inputs, <see cref="ValidateSettings.Jobs"/> at a time, and hands what they give to a reporter in
/// input order, as it comes: a file's issues stream out while it is being read when it is first in line; the files
/// behind it wait in bounded queues (so memory stays flat whatever the files' sizes).</summary>
internal sealed class ValidationRun(ValidateSettings settings, IClock clock, Func<Stream> standardInput, Progress? progress)
{
    /// <summary>An event of one input: an issue, or the end of the file.</summary>
    private readonly record struct Event(IssueRecord? Issue, FileOutcome? Done);

    private int _documentsAtOnce = 1;

    /// <summary>Gets the files reported so far (all of them once <see cref="RunAsync"/> returns; those before the
    /// interruption when it is cancelled).</summary>
    public List<FileOutcome> Finished { get; } = [];

    public async Task<List<FileOutcome>> RunAsync(IReadOnlyList<InputSource> inputs, Reporter reporter, CancellationToken cancellationToken)
    {
        // The cores go to files first (each file on its own is cheapest), and what is left to the documents within
        // them: one large NDJSON file gets every core.
        _documentsAtOnce = Math.Max(1, settings.Jobs / Math.Max(1, Math.Min(settings.Jobs, inputs.Count)));
        List<FileOutcome> outcomes = Finished;
        var channels = inputs.Select(_ => Channel.CreateBounded<Event>(new BoundedChannelOptions(4_096) { SingleReader = true, SingleWriter = true })).ToArray();
        using var slots = new SemaphoreSlim(Math.Max(1, settings.Jobs));
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);

        // Start the inputs in order, each when a slot is free: the first unfinished input always holds a slot, so the
        // reader below can never wait for one that cannot start.
        Task starter = Task.Run(
            async () =>
            {
                var running = new List<Task>();
                try
                {
                    for (int i = 0; i < inputs.Count; i++)
                    {
                        await slots.WaitAsync(stop.Token).ConfigureAwait(false);
                        int index = i;
                        running.Add(Task.Run(
                            async () =>
                            {
                                try
                                {
                                    await ValidateOneAsync(inputs[index], channels[index].Writer, stop.Token).ConfigureAwait(false);
                                }
                                finally
                                {
                                    slots.Release();
                                }
                            },
                            CancellationToken.None));
                    }
                }
                catch (OperationCanceledException)
                {
                    // Stopped: the inputs not started get no events (the reader is stopped too).
                }
                finally
                {
                    await Task.WhenAll(running).ConfigureAwait(false);
                }
            },
            CancellationToken.None);

        try
        {
            for (int i = 0; i < inputs.Count; i++)
            {
                progress?.Begin(inputs[i]);
                await foreach (Event e in channels[i].Reader.ReadAllAsync(stop.Token).ConfigureAwait(false))
                {
                    if (e.Issue is { } issue)
                    {
                        reporter.Issue(inputs[i], issue);
                    }
                    else if (e.Done is { } done)
                    {
                        outcomes.Add(done);
                        reporter.FileDone(done);
                    }
                }
            }
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            progress?.End();
            try
            {
                await starter.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
            }
        }

        return outcomes;
    }

    private async Task ValidateOneAsync(InputSource input, ChannelWriter<Event> events, CancellationToken cancellationToken)
    {
        var outcome = new FileOutcome(input);
        try
        {
            PayloadFormat format = settings.Format;
            string name = input.NameWithoutGzip;
            if (format == PayloadFormat.Auto && (name.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase)))
            {
                // An .ndjson file is NDJSON even when it is empty (content detection would find no document at all).
                format = PayloadFormat.Ndjson;
            }

            outcome.Format = ValidateSettings.FormatNames.First(n => n.Value == format).Key;
            var validator = new IncidentPayloadValidator(clock, new PayloadValidationOptions
            {
                Format = format,
                Strict = settings.Strict,
                MaxIssuesPerDocument = settings.MaxIssues,
                MaxDegreeOfParallelism = _documentsAtOnce,
                CheckAcrossDocuments = settings.AcrossDocuments,
                DeclaredExtensionPrefixes = [.. settings.ExtensionPrefixes],
                Json = IncidentJsonOptions.Default with { AllowByteOrderMark = settings.AllowBom },
            });

            PayloadStream payload;
            try
            {
                payload = await PayloadStream.OpenAsync(input, standardInput, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or System.Text.DecoderFallbackException)
            {
                outcome.Failure = $"cannot read '{input.DisplayName}': {e.Message}";
                return;
            }

            await using (payload.ConfigureAwait(false))
            {
                outcome.Encoding = payload.Encoding;
                outcome.Gzip = payload.Gzip;
                progress?.Track(input, payload.Counter);
                try
                {
                    await foreach (DocumentValidation document in validator.ValidateDocumentsAsync(payload.Utf8, cancellationToken).ConfigureAwait(false))
                    {
                        string? id = document.Incident?.Id.ToString();
                        if (document.Index >= 0)
                        {
                            outcome.Documents++;
                            if (document.IsValid)
                            {
                                outcome.Valid++;
                            }
                            else
                            {
                                outcome.Invalid++;
                            }

                            if (id is not null && outcome.IncidentIds.Count < settings.MaxIssuesKeptPerFile)
                            {
                                outcome.IncidentIds.Add(id);
                            }

                            progress?.Document();
                        }

                        foreach (ValidationIssue issue in document.Result.Issues)
                        {
                            outcome.Count(issue.Severity);
                            var record = new IssueRecord(document.Index, id, issue.Line, issue.Column, issue.Severity, issue.Code, issue.Path, issue.Message);
                            await events.WriteAsync(new Event(record, null), cancellationToken).ConfigureAwait(false);
                        }
                    }

                    outcome.Completed = true;
                }
                catch (Exception e) when (e is IOException or InvalidDataException or System.Text.DecoderFallbackException)
                {
                    // A corrupt gzip stream, a read error half-way, text that is not the encoding its BOM named.
                    outcome.Failure = $"cannot read '{input.DisplayName}' to its end: {e.Message}";
                }
            }
        }
        finally
        {
            // The end of the file always reaches the reporter, unless the run is being stopped.
            try
            {
                await events.WriteAsync(new Event(null, outcome), cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
            }

            events.TryComplete();
        }
    }
}
