using NodaTime;

namespace Incidents.Core.Tests.Docs;

/// <summary>The README's quick start, compiled. <see cref="ReadmeTests"/> checks the README shows exactly this code.</summary>
public static class QuickStart
{
    public static Incident Build()
    {
        // <quick-start>
        var isId = new ActorId("is");
        var army = new ActorId("iraqi-army");
        var reports = new SourceId("media-reports");
        var recorded = Instant.FromUtc(2022, 1, 24, 12, 0);

        var raid = new Incident
        {
            Id = new IncidentId("2022-01-20-iq-baghdad-barracks-raid"),
            Title = "Islamic State night raid on an army barracks north of Baghdad",
            Timing = new Timing
            {
                Date = new PartialDate(2022, 1, 20),                // a Thursday
                TimeOfDay = ApproximateTime.Around(3),              // "around 3 a.m. local time"
                Zone = DateTimeZoneProviders.Tzdb["Asia/Baghdad"],
            },
            Location = new Location { Precision = LocationPrecision.Area, Country = new CountryCode("IQ"), Description = "north of Baghdad" },
            Methods = [new AttackMethod { Kind = AttackMethodKind.Raid }, new AttackMethod { Kind = AttackMethodKind.Shooting }],
            Actors =
            [
                new Actor { Id = isId, Name = "Islamic State", Kind = ActorKind.NonStateArmedGroup, Aliases = ["IS", "ISIS", "Daesh"] },
                new Actor { Id = army, Name = "Iraqi Army", Kind = ActorKind.StateForce },
            ],
            Parties =
            [
                new Party { Actor = isId, Role = PartyRole.Perpetrator, Attribution = AttributionCertainty.Claimed },
                new Party { Actor = army, Role = PartyRole.Target },
            ],
            Casualties =
            [
                new CasualtyFigure
                {
                    Party = army, Kind = CasualtyKind.Killed, Range = CasualtyRange.Exactly(11), Wording = "killing 11",
                    Attributions = [new SourceAttribution(reports, SourceStance.Independent)],
                },
            ],
            Claims = [new Claim { Kind = ClaimKind.Responsibility, Claimant = isId, Modes = [ClaimMode.Statement, ClaimMode.Photos], Date = new PartialDate(2022, 1, 21) }],
            Sources = [new Source { Id = reports, Name = "Media reports", Kind = SourceKind.NewsMedia }],
            Metadata = new RecordMetadata { Created = recorded, Modified = recorded },
        };

        raid.Timing.TryGetStartInstant(out Instant start);          // 2022-01-20T00:00:00Z
        // </quick-start>
        return start == Instant.FromUtc(2022, 1, 20, 0, 0) ? raid : throw new InvalidOperationException("start instant");
    }
}
