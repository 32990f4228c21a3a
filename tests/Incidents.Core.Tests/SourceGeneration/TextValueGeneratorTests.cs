extern alias generators;

using generators::Incidents.Core.Generators;
using Incidents.Core.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Incidents.Core.Tests.SourceGeneration;

/// <summary>The source generator of the text value surface: its output for one type of each kind (a value with its
/// own grammar, one whose canonical text is a property, an extensible code and an identifier — the last two with
/// their whole body) is pinned in golden files (a change in emitted code
/// shows in review; INCIDENTS_UPDATE_GOLDEN=1 rewrites them), every misuse of the attribute is a diagnostic that
/// says what to write, and an unrelated edit re-uses the cached models.</summary>
public sealed class TextValueGeneratorTests
{
    private const string Attribute = """
        namespace Incidents.Core.Parsing
        {
            [System.AttributeUsage(System.AttributeTargets.Struct)]
            internal sealed class TextValueAttribute(string noun, string examples) : System.Attribute
            {
                public string Noun { get; } = noun;
                public string Examples { get; } = examples;
                public string? CanonicalText { get; init; }
                public int IdentifierMaxLength { get; init; }
                public string? ExtensibleCodes { get; init; }
            }
        }
        """;

    private static string Bare(string declaration, string members = "") => $$"""
        using Incidents.Core.Parsing;

        namespace Incidents.Core
        {
            {{declaration}}
            {
                {{members}}
            }
        }
        """;

    private static string Type(string declaration, string name, string members = "") => $$"""
        using System;
        using System.Numerics;
        using Incidents.Core.Parsing;

        namespace Incidents.Core
        {
            {{declaration}}
            {
                {{members}}
                private static bool TryParseText<TChar>(ReadOnlySpan<TChar> text, out {{name}} result, out ParseError error)
                    where TChar : unmanaged, IBinaryInteger<TChar> => throw new NotImplementedException();

                private bool TryFormatText<TChar>(Span<TChar> destination, out int written)
                    where TChar : unmanaged, IBinaryInteger<TChar> => throw new NotImplementedException();
            }
        }
        """;

    public static TheoryData<string, string> Kinds() => new()
    {
        { "PartialDate", Type("""[TextValue("an ISO 8601 date of year, month or day precision", "\"2022\", \"2022-01\", \"2022-01-20\"")] public readonly partial record struct PartialDate""", "PartialDate") },
        { "HandWrittenCode", Type("""[TextValue("a hand-written code", "\"a\", \"b\"", CanonicalText = nameof(Code))] public readonly partial record struct HandWrittenCode""", "HandWrittenCode", "public string Code => \"\";") },
        {
            "AttackMethodKind", Bare(
                """[TextValue("an attack-method code or a known synonym", "\"vbied\", \"car bomb\"", ExtensibleCodes = "an attack-method code such as \"vbied\"")] public readonly partial record struct AttackMethodKind""",
                """
                /// <summary>A vehicle-borne IED (code <c>vbied</c>).</summary>
                public static AttackMethodKind VehicleBorneIed { get; } = new("vbied", canonical: true);

                /// <summary>The method is not known (code <c>unknown</c>; also the default value).</summary>
                public static AttackMethodKind Unknown => default;

                private static (string Synonym, AttackMethodKind Value)[] Synonyms() => [("car-bomb", VehicleBorneIed)];
                """)
        },
        {
            "ActorKind", Bare(
                """[TextValue("an actor-kind code", "\"state-force\", \"MEDIA-OUTLET\"", ExtensibleCodes = "an actor-kind code such as \"state-force\"")] public readonly partial record struct ActorKind""",
                """
                /// <summary>Armed or security forces of a state (code <c>state-force</c>).</summary>
                public static ActorKind StateForce { get; } = new("state-force");

                /// <summary>The kind is not known (code <c>unknown</c>; also the default value).</summary>
                public static ActorKind Unknown => default;
                """)
        },
        { "ActorId", Bare("""[TextValue("an actor identifier", "\"is\", \"iraqi-army\"", IdentifierMaxLength = 64)] public readonly partial record struct ActorId""") },
    };

    private static (GeneratorDriverRunResult Result, GeneratorDriver Driver, CSharpCompilation Compilation) Run(params string[] sources) =>
        GeneratorHarness.Run(new TextValueGenerator(), [.. sources, Attribute]);

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Output_IsTheCommittedSnapshot(string name, string source)
    {
        GeneratorDriverRunResult result = Run(source).Result;

        result.Diagnostics.Should().BeEmpty();
        GeneratedSourceResult generated = result.Results.Single().GeneratedSources.Single();
        generated.HintName.Should().Be(name + ".Text.g.cs");
        string actual = generated.SourceText.ToString();
        string snapshot = Path.Combine(Repository.Root, "tests", "Incidents.Core.Tests", "SourceGeneration", "Snapshots", name + ".Text.g.cs.txt");
        if (Environment.GetEnvironmentVariable("INCIDENTS_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(snapshot, actual);
        }

        actual.Should().Be(File.ReadAllText(snapshot));
    }

    [Fact]
    public void Output_OfTheLibrary_HasEveryTextValueType()
    {
        // The library's own build ran the generator: each type has its surface (public API files pin the members).
        Type[] marked = [.. typeof(Incident).Assembly.GetTypes().Where(t => t.GetCustomAttributes(false).Any(a => a.GetType().Name == "TextValueAttribute"))];

        marked.Select(t => t.Name).Should().BeEquivalentTo(
            "ActorId", "ActorKind", "AdmiraltyRating", "ApproximateTime", "AttackMethodKind", "CasualtyKind", "CasualtyRange", "ClaimMode",
            "CampaignId", "CountryCode", "DurationEstimate", "FigureId", "GeoCoordinate", "IncidentId", "PartialDate", "PartyRole", "PhaseId", "SchemaVersion", "SourceId", "SourceKind");
        marked.Should().AllSatisfy(t => t.GetMethod("Parse", [typeof(string)]).Should().NotBeNull(t.Name));
    }

    public static TheoryData<string, string, string> Misuses() => new()
    {
        { "INCGEN001", "a class", Type("""[TextValue("a thing", "\"x\"")] public sealed partial class Thing""", "Thing") },
        { "INCGEN001", "not partial", Type("""[TextValue("a thing", "\"x\"")] public readonly record struct Thing""", "Thing") },
        { "INCGEN001", "not a record", Type("""[TextValue("a thing", "\"x\"")] public readonly partial struct Thing""", "Thing") },
        { "INCGEN002", "no noun", Type("""[TextValue(" ", "\"x\"")] public readonly partial record struct Thing""", "Thing") },
        { "INCGEN002", "no examples", Type("""[TextValue("a thing", "")] public readonly partial record struct Thing""", "Thing") },
        { "INCGEN004", "no such property", Type("""[TextValue("a thing", "\"x\"", CanonicalText = "Nope")] public readonly partial record struct Thing""", "Thing") },
        { "INCGEN005", "an extensible code without Unknown", Bare("""[TextValue("a thing", "\"x\"", ExtensibleCodes = "a thing code")] public readonly partial record struct Thing""", "public static Thing One { get; } = default;") },
        {
            "INCGEN003", "no grammar", """
            using Incidents.Core.Parsing;
            namespace Incidents.Core { [TextValue("a thing", "\"x\"")] public readonly partial record struct Thing { } }
            """
        },
    };

    [Theory]
    [MemberData(nameof(Misuses))]
    public void Misuse_IsADiagnosticThatSaysWhatToWrite(string id, string why, string source)
    {
        GeneratorDriverRunResult result = Run(source).Result;

        Diagnostic diagnostic = result.Diagnostics.Should().ContainSingle(why).Which;
        diagnostic.Id.Should().Be(id);
        diagnostic.Severity.Should().Be(DiagnosticSeverity.Error);
        diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Should().Contain("Thing");
        diagnostic.Location.GetLineSpan().Path.Should().NotBeNull();
        result.Results.Single().GeneratedSources.Should().BeEmpty();
    }

    [Fact]
    public void UnrelatedEdit_ReusesTheCachedModels()
    {
        (GeneratorDriverRunResult _, GeneratorDriver driver, CSharpCompilation compilation) = Run((string)Kinds().First().Data.Item2);

        GeneratorHarness.ReasonsAfterAnUnrelatedEdit(driver, compilation, TextValueGenerator.TrackingName)
            .Should().NotBeEmpty().And.AllSatisfy(r => r.Should().BeOneOf(IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged));
    }
}
