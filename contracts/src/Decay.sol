// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @title Decay on the global tick grid.
/// @notice Every decaying quantity in BMail (sender rate, reputation, spam marks,
/// endorsed reputation, pair correspondence counts) is stored in "epoch form":
/// a mantissa M that is the quantity's value at the start of the current
/// half-life epoch of the global grid (epoch e covers [e*H, (e+1)*H) on the
/// quantity's own time scale; tick Δ = H/64).
///
/// - value(M, now) = M * f(j) >> 64, j = ⌊now/Δ⌋ mod 64, where f(j) =
///   ⌊A[j mod 8] · B[⌊j/8⌋] / 2^64⌋ with A[i] = ⌊2^64 · 2^(−i/64)⌋ and B[k] =
///   ⌊2^64 · 2^(−8k/64)⌋ (f(0) = 2^64, i.e. value = M); f is strictly
///   decreasing and within 2 units of ⌊2^64 · 2^(−j/64)⌋;
/// - moving to a later epoch shifts M right by the number of epochs crossed
///   (exact integer halving), so the stored integers do not depend on how
///   often a slot is touched;
/// - adding x at time now adds u = ⌊x * 2^64 / f(j)⌋ to M, which raises the
///   value by x or x-1, never more (so no quantity grows beyond what was added).
///
/// The Go twin (internal/chainmath, decay.go) computes the same integers with
/// bits.Mul64 and bits.Div64.
library Decay {
    /// @notice f(j) in Q0.64 (2^64 for j = 0), for j in [0, 64). The tables
    /// hold the entries minus 2^63, four 64-bit entries a word (entry i at bits
    /// 64·(i mod 4)): A[0..3], A[4..7], B[0..3], B[4..7]. BMail's mail engine
    /// repeats this function (its assembly cannot call a library).
    function factor(uint256 j) internal pure returns (uint256 f) {
        assembly ("memory-safe") {
            let i := and(j, 7)
            let w := 0x77d0df730ad13bb87a83b2db722a033a7d3e0c0cf486c1748000000000000000
            if gt(i, 3) { w := 0x6d4f301ed9942b846fe4b99bdcdaf5cb7281773c59ffb13975257d152486cc2c }
            let a := add(shl(63, 1), and(shr(shl(6, and(i, 3)), w), 0xffffffffffffffff))
            i := shr(3, j)
            w := 0x45672a115506dadd5744fccad69d6af46ac0c6e7dd24392e8000000000000000
            if gt(i, 3) { w := 0x0b95c1e3ea8bd6e61837f0518db8a96f25fed6a9b15138ea3504f333f9de6484 }
            f := shr(64, mul(a, add(shl(63, 1), and(shr(shl(6, and(i, 3)), w), 0xffffffffffffffff))))
        }
    }

    /// @notice The value of mantissa m (already in now's epoch) under factor f.
    function value(uint256 m, uint256 f) internal pure returns (uint256) {
        unchecked {
            return (m * f) >> 64;
        }
    }

    /// @notice The mantissa increment that adds x to the value under factor f.
    function grow(uint256 x, uint256 f) internal pure returns (uint256) {
        unchecked {
            return (x << 64) / f;
        }
    }

    /// @notice The mantissa decrement that removes at least x from the value under factor f.
    function shrink(uint256 x, uint256 f) internal pure returns (uint256) {
        unchecked {
            return ((x << 64) + f - 1) / f;
        }
    }
}
