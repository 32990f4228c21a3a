namespace Incidents.Core.Utility;

/// <summary>The optimal-string-alignment distance (Levenshtein with adjacent transpositions: <c>vbeid</c> is one step
/// from <c>vbied</c>), bounded so that a far pair costs little.</summary>
internal static class EditDistance
{
    /// <summary>Returns the distance between <paramref name="a"/> and <paramref name="b"/> when it is at most
    /// <paramref name="max"/>, otherwise <c>max + 1</c>.</summary>
    internal static int Within(string a, string b, int max)
    {
        if (max < 0 || Math.Abs(a.Length - b.Length) > max)
        {
            return max + 1;
        }

        // Codes are at most 64 characters: three rows on the stack.
        Span<int> before = stackalloc int[b.Length + 1];
        Span<int> previous = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            int rowMin = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                int value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, before[j - 2] + 1);
                }

                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (rowMin > max)
            {
                return max + 1;
            }

            Span<int> recycled = before;
            before = previous;
            previous = current;
            current = recycled;
        }

        return Math.Min(previous[b.Length], max + 1);
    }
}
