package io.planscope.compare;

import java.util.Arrays;

/**
 * The Hungarian algorithm (Kuhn–Munkres with potentials, O(n²m)): the assignment of rows to columns with the
 * largest total weight. Rows and columns may differ in number; a zero weight means "better left unpaired".
 */
final class Hungarian {
  private Hungarian() {}

  /** For each row the column it is paired with, or -1; pairs of weight ≤ 0 are left out. */
  static int[] maximize(double[][] weight, int rows, int cols) {
    if (rows == 0 || cols == 0) return filled(rows);
    if (rows > cols) return transposed(weight, rows, cols);
    int[] colOfRow = minimizeCost(weight, rows, cols);
    for (int r = 0; r < rows; r++) {
      if (colOfRow[r] >= 0 && weight[r][colOfRow[r]] <= 0) colOfRow[r] = -1;
    }
    return colOfRow;
  }

  private static int[] transposed(double[][] weight, int rows, int cols) {
    double[][] t = new double[cols][rows];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) t[c][r] = weight[r][c];
    }
    int[] rowOfCol = maximize(t, cols, rows);
    int[] colOfRow = filled(rows);
    for (int c = 0; c < cols; c++) if (rowOfCol[c] >= 0) colOfRow[rowOfCol[c]] = c;
    return colOfRow;
  }

  private static int[] filled(int n) {
    int[] a = new int[n];
    Arrays.fill(a, -1);
    return a;
  }

  /** e-maxx formulation, 1-based internally; cost = -weight; requires rows ≤ cols. */
  private static int[] minimizeCost(double[][] weight, int n, int m) {
    double[] u = new double[n + 1];
    double[] v = new double[m + 1];
    int[] p = new int[m + 1]; // p[col] = row (1-based), 0 = free
    int[] way = new int[m + 1];
    for (int i = 1; i <= n; i++) {
      p[0] = i;
      int j0 = 0;
      double[] minv = new double[m + 1];
      Arrays.fill(minv, Double.POSITIVE_INFINITY);
      boolean[] used = new boolean[m + 1];
      do {
        used[j0] = true;
        int i0 = p[j0];
        double delta = Double.POSITIVE_INFINITY;
        int j1 = 0;
        for (int j = 1; j <= m; j++) {
          if (used[j]) continue;
          double cur = -weight[i0 - 1][j - 1] - u[i0] - v[j];
          if (cur < minv[j]) {
            minv[j] = cur;
            way[j] = j0;
          }
          if (minv[j] < delta) {
            delta = minv[j];
            j1 = j;
          }
        }
        for (int j = 0; j <= m; j++) {
          if (used[j]) {
            u[p[j]] += delta;
            v[j] -= delta;
          } else {
            minv[j] -= delta;
          }
        }
        j0 = j1;
      } while (p[j0] != 0);
      do {
        int j1 = way[j0];
        p[j0] = p[j1];
        j0 = j1;
      } while (j0 != 0);
    }
    int[] colOfRow = filled(n);
    for (int j = 1; j <= m; j++) if (p[j] != 0) colOfRow[p[j] - 1] = j - 1;
    return colOfRow;
  }
}
