using System.Globalization;
using System.Reflection;
using Incidents.Core.Interop.Ucdp;
using Incidents.Core.Json;
using Incidents.Core.Tests.Support;
using Incidents.Core.Validation;

namespace Incidents.Core.Tests.Docs;

/// <summary>The README's table of limits and the code agree: each default it states is the named option's, and every
/// <c>Max…</c> option of the library is in it.</summary>
public sealed class LimitsTableTests
{
    private static readonly Dictionary<string, object?> s_defaults = new(StringComparer.Ordinal)
    {
        [nameof(IncidentJsonOptions)] = IncidentJsonOptions.Default,
        [nameof(PayloadValidationOptions)] = PayloadValidationOptions.Default,
        [nameof(IncidentValidatorOptions)] = IncidentValidatorOptions.Default,
        [nameof(GedImportOptions)] = GedImportOptions.Default,
        [nameof(ExtensionProperty)] = null,
    };

    /// <summary>The table's rows: the option (<c>Type.Member</c>) and the default as written.</summary>
    private static List<(string Type, string Member, string Default)> Rows()
    {
        string readme = Repository.ReadText("README.md");
        int start = readme.IndexOf("\n### Limits\n", StringComparison.Ordinal);
        start.Should().BePositive("the README has a section of limits");
        string section = readme[start..readme.IndexOf("\n### ", start + 5, StringComparison.Ordinal)];
        return [.. section.Split('\n')
            .Where(l => l.StartsWith("| ", StringComparison.Ordinal) && l.Contains("| `", StringComparison.Ordinal))
            .Select(l => l.Split('|', StringSplitOptions.TrimEntries))
            .Select(c => (Option: c[2].Trim('`'), Default: c[3]))
            .Select(r => (r.Option[..r.Option.IndexOf('.', StringComparison.Ordinal)], r.Option[(r.Option.IndexOf('.', StringComparison.Ordinal) + 1)..], r.Default))];
    }

    private static Type TypeNamed(string name) => name switch
    {
        nameof(GedImportOptions) => typeof(GedImportOptions),
        nameof(ExtensionProperty) => typeof(ExtensionProperty),
        nameof(IncidentJsonOptions) => typeof(IncidentJsonOptions),
        nameof(PayloadValidationOptions) => typeof(PayloadValidationOptions),
        _ => typeof(IncidentValidatorOptions),
    };

    [Fact]
    public void EveryDefault_IsTheOptionsOwn()
    {
        List<(string Type, string Member, string Default)> rows = Rows();

        rows.Should().HaveCountGreaterThan(10);
        foreach ((string type, string member, string written) in rows)
        {
            s_defaults.Should().ContainKey(type);
            Type t = TypeNamed(type);
            object? value = t.GetProperty(member)?.GetValue(s_defaults[type]) ?? t.GetField(member, BindingFlags.Public | BindingFlags.Static)?.GetValue(null);
            value.Should().NotBeNull($"{type}.{member} exists");
            ((int)value!).ToString("N0", CultureInfo.InvariantCulture).Should().Be(written, $"the README's default of {type}.{member}");
        }
    }

    [Fact]
    public void EveryMaxOption_IsInTheTable()
    {
        HashSet<string> listed = [.. Rows().Select(r => $"{r.Type}.{r.Member}")];
        string[] options = [.. s_defaults.Keys.Select(TypeNamed).SelectMany(t =>
            t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => (MemberInfo)p)
                .Concat(t.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral))
                .Where(m => m.Name.StartsWith("Max", StringComparison.Ordinal))
                .Select(m => $"{t.Name}.{m.Name}"))];

        options.Should().HaveCountGreaterThan(10);
        listed.Should().Contain(options);
    }
}
