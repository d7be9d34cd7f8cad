katalogSearch.add("t-ca",{"added":"0zmi1","cluster":"00","flags":"W1i1","ids":"41","motifs":"1213","postings":["02"],"price":"0erq5","words":["cap"]});
