katalogSearch.add("t-ta",{"added":"ipi1zmi1","cluster":"10","flags":"t1i1","ids":"23","motifs":"1113","postings":["0","3"],"price":"muwJerq5","words":["tamanan","taplak"]});
