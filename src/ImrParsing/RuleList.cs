using System.Collections;

namespace ImrParsing;

/// <summary>
/// An ordered list of named rules in an <see cref="ImrParserBuilder"/>: the order is the order the
/// rules are tried in, and each name appears once, so that a rule can be found, moved, replaced or
/// removed by its name. Not thread-safe: build on one thread, then share the parser.
/// </summary>
/// <typeparam name="T">The kind of rule.</typeparam>
public sealed class RuleList<T> : IReadOnlyList<T>
    where T : class
{
    private readonly List<T> _rules = [];
    private readonly Func<T, string> _nameOf;

    internal RuleList(string kind, Func<T, string> nameOf, IEnumerable<T> rules)
    {
        Kind = kind;
        _nameOf = nameOf;
        foreach (var rule in rules)
        {
            Add(rule);
        }
    }

    /// <summary>What the list holds, for messages ("section", "decision word").</summary>
    public string Kind { get; }

    /// <inheritdoc />
    public int Count => _rules.Count;

    /// <summary>The rules' names, in order.</summary>
    public IEnumerable<string> Names => _rules.Select(_nameOf);

    /// <inheritdoc />
    public T this[int index] => _rules[index];

    /// <summary>The rule named <paramref name="name"/>.</summary>
    /// <exception cref="KeyNotFoundException">No rule has that name.</exception>
    public T this[string name] => _rules[IndexOfExisting(name)];

    /// <summary>The name of <paramref name="rule"/> in this list ("heading.caseSummary", "Upheld").</summary>
    public string NameOf(T rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return _nameOf(rule);
    }

    /// <summary>The index of the rule named <paramref name="name"/>, or -1.</summary>
    public int IndexOf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _rules.FindIndex(rule => string.Equals(_nameOf(rule), name, StringComparison.Ordinal));
    }

    /// <summary>True when a rule is named <paramref name="name"/>.</summary>
    public bool Contains(string name) => IndexOf(name) >= 0;

    /// <summary>Adds <paramref name="rule"/> last: it is tried after every rule already in the list.</summary>
    /// <exception cref="ArgumentException">A rule of the same name is already in the list (use <see cref="Replace"/>).</exception>
    public RuleList<T> Add(T rule) => Insert(_rules.Count, rule);

    /// <summary>Adds <paramref name="rule"/> right before the rule named <paramref name="name"/>, so that it is tried first.</summary>
    /// <exception cref="KeyNotFoundException">No rule is named <paramref name="name"/>.</exception>
    /// <exception cref="ArgumentException">A rule of the same name as <paramref name="rule"/> is already in the list.</exception>
    public RuleList<T> InsertBefore(string name, T rule) => Insert(IndexOfExisting(name), rule);

    /// <summary>Adds <paramref name="rule"/> right after the rule named <paramref name="name"/>.</summary>
    /// <exception cref="KeyNotFoundException">No rule is named <paramref name="name"/>.</exception>
    /// <exception cref="ArgumentException">A rule of the same name as <paramref name="rule"/> is already in the list.</exception>
    public RuleList<T> InsertAfter(string name, T rule) => Insert(IndexOfExisting(name) + 1, rule);

    /// <summary>Puts <paramref name="rule"/> in the place of the rule named <paramref name="name"/>; its own name may differ.</summary>
    /// <exception cref="KeyNotFoundException">No rule is named <paramref name="name"/>.</exception>
    /// <exception cref="ArgumentException">Another rule already has <paramref name="rule"/>'s name.</exception>
    public RuleList<T> Replace(string name, T rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        int index = IndexOfExisting(name);
        string newName = _nameOf(rule);
        int other = IndexOf(newName);
        if (other >= 0 && other != index)
        {
            throw new ArgumentException($"A {Kind} named '{newName}' is already in the list, at {other}; remove it first.", nameof(rule));
        }

        _rules[index] = rule;
        return this;
    }

    /// <summary>Removes the rule named <paramref name="name"/>.</summary>
    /// <exception cref="KeyNotFoundException">No rule is named <paramref name="name"/>.</exception>
    public RuleList<T> Remove(string name)
    {
        _rules.RemoveAt(IndexOfExisting(name));
        return this;
    }

    /// <summary>Removes every rule.</summary>
    public RuleList<T> Clear()
    {
        _rules.Clear();
        return this;
    }

    /// <inheritdoc />
    public IEnumerator<T> GetEnumerator() => _rules.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private RuleList<T> Insert(int index, T rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        string name = _nameOf(rule);
        if (string.IsNullOrEmpty(name))
        {
            throw new ArgumentException($"A {Kind} needs a name.", nameof(rule));
        }

        if (IndexOf(name) is int existing and >= 0)
        {
            throw new ArgumentException($"A {Kind} named '{name}' is already in the list, at {existing}; use Replace(\"{name}\", ...) to change it.", nameof(rule));
        }

        _rules.Insert(index, rule);
        return this;
    }

    private int IndexOfExisting(string name)
    {
        int index = IndexOf(name);
        if (index < 0)
        {
            string known = string.Join(", ", Names.Take(12).Select(n => $"'{n}'")) + (Count > 12 ? ", ..." : string.Empty);
            throw new KeyNotFoundException($"No {Kind} is named '{name}'; the list has {known}.");
        }

        return index;
    }
}
