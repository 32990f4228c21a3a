using System.Collections.Immutable;

namespace Incidents.Core.Tests;

public class EquatableArrayTests
{
    [Fact]
    public void FromAnArray_CopiesIt_AndNullIsEmpty()
    {
        string[] aliases = ["IS", "ISIS"];
        EquatableArray<string> converted = aliases;
        aliases[0] = "changed";

        converted.Should().Equal("IS", "ISIS");
        (converted == (EquatableArray<string>)["IS", "ISIS"]).Should().BeTrue();
        ((EquatableArray<string>)(string[]?)null).IsEmpty.Should().BeTrue();
        new Actor { Id = new ActorId("is"), Name = "Islamic State", Aliases = aliases }.Aliases.Should().Equal("changed", "ISIS");
    }

    [Fact]
    public void Equals_SameElementsInSameOrder_AreEqualWithSameHash()
    {
        EquatableArray<string> a = ["IS", "ISIS", "Daesh"];
        EquatableArray<string> b = EquatableArray.CreateRange(new List<string> { "IS", "ISIS", "Daesh" });

        a.Equals(b).Should().BeTrue();
        (a == b).Should().BeTrue();
        a.GetHashCode().Should().Be(b.GetHashCode());
    }

    [Fact]
    public void Equals_DifferentOrderOrLength_AreNotEqual()
    {
        EquatableArray<int> a = [1, 2, 3];

        (a == [3, 2, 1]).Should().BeFalse();
        (a != [1, 2]).Should().BeTrue();
        a.Equals((object)"not an array").Should().BeFalse();
    }

    [Fact]
    public void Default_IsEmptyAndEqualToAnEmptyArray()
    {
        EquatableArray<string> none = default;

        none.Count.Should().Be(0);
        none.IsEmpty.Should().BeTrue();
        none.AsImmutableArray().IsDefault.Should().BeFalse();
        (none == []).Should().BeTrue();
        none.Should().Equal(new EquatableArray<string>(default(ImmutableArray<string>)));
        none.ToString().Should().Be("[]");
    }

    [Fact]
    public void ImplicitConversion_FromImmutableArray_KeepsElements()
    {
        EquatableArray<int> array = ImmutableArray.Create(4, 5);

        array.Count.Should().Be(2);
        array[1].Should().Be(5);
        array.AsSpan().ToArray().Should().Equal(4, 5);
    }

    [Fact]
    public void Enumerate_ThroughInterfaceAndStruct_YieldsElementsInOrder()
    {
        EquatableArray<int> array = [1, 2, 3];
        var viaStruct = new List<int>();
        foreach (int i in array)
        {
            viaStruct.Add(i);
        }

        viaStruct.Should().Equal(1, 2, 3);
        ((IEnumerable<int>)array).Should().Equal(1, 2, 3);
    }

    [Fact]
    public void ToString_ListsElements()
    {
        EquatableArray<AttackMethodKind> kinds = [AttackMethodKind.VehicleBorneIed, AttackMethodKind.Siege];

        kinds.ToString().Should().Be("[vbied, siege]");
    }

    [Fact]
    public void CreateRange_Null_Throws()
    {
        Action act = () => EquatableArray.CreateRange<int>(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("items");
    }

    [Fact]
    public void Indexer_OutOfRange_Throws()
    {
        EquatableArray<int> array = [1];

        Action act = () => _ = array[1];

        act.Should().Throw<IndexOutOfRangeException>();
    }
}
